package dev.vigie.backup;

/**
 * What a source's name may be. A name is typed on the command line where a path could stand too
 * ({@code vigie scan NAME|PATH}), so it must not read as a path or as an option.
 */
public final class SourceNames {

    private SourceNames() {
    }

    /**
     * Returns {@code name} when it can name a source.
     *
     * @throws InputProblem when it is blank, starts with '-' or a space, ends with a space, is "." or "..", or
     *                      holds '/', '\' or a control character
     */
    public static String check(String name) {
        boolean usable = !name.isBlank()
                && !name.startsWith("-")
                && name.strip().equals(name)
                && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.chars().noneMatch(Character::isISOControl);
        if (!usable) {
            throw new InputProblem("error.source.badName", name);
        }
        return name;
    }
}
