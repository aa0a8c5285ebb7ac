package dev.vigie.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The command a user types to run this very Vigie again: the installed launcher, {@code java -jar} for a built
 * jar, or {@code java -cp} for classes run from a source tree, which has no {@code vigie} on its path.
 */
final class Launcher {

    private Launcher() {
    }

    /** This process's own command. */
    static String current(UnaryOperator<String> quote) {
        Optional<String> installed = Optional.ofNullable(System.getProperty("jpackage.app-path"));
        Optional<Path> code;
        try {
            code = Optional.of(Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            code = Optional.empty();
        }
        return command(installed, code, System.getProperty("java.class.path", ""), quote);
    }

    /**
     * @param installed the launcher's path, which jpackage's launchers give as {@code jpackage.app-path}
     * @param code      where Vigie's classes were loaded from: a jar or a folder
     * @param classPath the whole class path, for classes run from a folder
     */
    static String command(Optional<String> installed, Optional<Path> code, String classPath,
                          UnaryOperator<String> quote) {
        if (installed.isPresent()) {
            return quote.apply(installed.get());
        }
        if (code.isPresent() && code.get().toString().endsWith(".jar")) {
            return "java -jar " + quote.apply(code.get().toString());
        }
        return "java -cp " + quote.apply(classPath) + " dev.vigie.Main";
    }
}
