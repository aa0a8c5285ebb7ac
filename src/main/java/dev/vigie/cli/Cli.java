package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.health.MonitoringLevel;
import dev.vigie.i18n.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Builds the command line over a context and runs it, mapping every failure to one line and an exit code. */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs one command line on the process's standard output and error, written in UTF-8 whatever the locale says:
     * under {@code LANG=C} Java would write French accents as {@code ?}, and a script reading the output expects
     * UTF-8.
     */
    public static int run(CliContext context, String... args) {
        CommandLine cli = create(context, args);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line with every verb, ready to execute; tests set its out and err writers. */
    public static CommandLine create(CliContext context) {
        return create(context, VigieCommand.VERBS.keySet());
    }

    /**
     * The command line to execute these arguments: when they name a verb after nothing but the global options, only
     * that verb is built (picocli's model of all nineteen verbs cost about 200 ms of every start); anything else
     * (no verb, a misspelt one, {@code --help}, {@code --version}) gets every verb, so that help and suggestions are
     * whole.
     */
    public static CommandLine create(CliContext context, String... args) {
        Factory factory = new Factory(context);
        CommandLine cli = new CommandLine(new VigieCommand(context), factory);
        return configure(cli, context, factory, verb(cli.getCommandSpec(), args).map(Set::of)
                .orElse(VigieCommand.VERBS.keySet()));
    }

    /**
     * The verb the arguments name, when only the top command's own options come before it (read from its model, so
     * that a global option added later is known here too); empty for help, version, or anything else.
     */
    static Optional<String> verb(CommandSpec top, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            OptionSpec option = arg.startsWith("-") ? top.findOption(equals > 0 ? arg.substring(0, equals) : arg)
                    : null;
            if (option == null) {
                return VigieCommand.VERBS.containsKey(arg) ? Optional.of(arg) : Optional.empty();
            }
            if (option.usageHelp() || option.versionHelp()) {
                return Optional.empty();
            }
            if (option.arity().max() > 0 && equals < 0) {
                i++; // its value
            }
        }
        return Optional.empty();
    }

    private static CommandLine create(CliContext context, Set<String> verbs) {
        Factory factory = new Factory(context);
        return configure(new CommandLine(new VigieCommand(context), factory), context, factory, verbs);
    }

    private static CommandLine configure(CommandLine cli, CliContext context, Factory factory, Set<String> verbs) {
        for (String verb : verbs) {
            cli.addSubcommand(verb, new CommandLine(VigieCommand.VERBS.get(verb), factory));
        }
        Messages messages = context.messages();
        // No fallback to the JVM's locale: English help on a French JVM must stay English (there is no cli_en).
        cli.setResourceBundle(ResourceBundle.getBundle("dev.vigie.i18n.cli", messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            if (ex.getCause() instanceof InputProblem problem) {
                // A value read and judged by Vigie itself: its own one-line answer says what to do.
                err.println(messages.problem(problem));
            } else {
                err.println(messages.get("error.usage", conversion(ex, messages).orElse(ex.getMessage()),
                        ex.getCommandLine().getCommandSpec().qualifiedName()));
            }
            // check speaks to monitoring, where 2 is CRITICAL and a check that could not run is UNKNOWN.
            return ex.getCommandLine().getCommand() instanceof CheckCommand
                    ? MonitoringLevel.UNKNOWN.exitCode() : ExitCode.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InputProblem problem) {
                err.println(messages.problem(problem));
                if (context.debug()) {
                    ex.printStackTrace(err);
                }
                return ExitCode.BAD_INPUT;
            }
            err.println(messages.get("error.internal", String.valueOf(ex)));
            if (context.debug()) {
                ex.printStackTrace(err);
            }
            return ExitCode.INTERNAL_ERROR;
        });
        return cli;
    }

    /**
     * A value picocli could not convert ({@code 'abc' is not a long}), said in the user's language; empty for other
     * usage errors, which keep picocli's words.
     */
    static Optional<String> conversion(CommandLine.ParameterException ex, Messages messages) {
        if (ex instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() != null) {
            CommandLine.Model.ArgSpec given = twice.getOverwritten();
            return Optional.of(messages.get("error.usage.twice", given instanceof CommandLine.Model.OptionSpec o
                    ? o.longestName() : given.paramLabel()));
        }
        CommandLine.Model.ArgSpec arg = ex.getArgSpec();
        String value = ex.getValue();
        if (arg == null || value == null || !(ex.getCause() instanceof CommandLine.TypeConversionException)
                && !String.valueOf(ex.getMessage()).startsWith("Invalid value")) {
            return Optional.empty();
        }
        String name = arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
        Class<?> type = arg.type();
        boolean whole = type == long.class || type == Long.class || type == int.class || type == Integer.class;
        // Vigie's own converters (layouts...) already say what they accept; picocli's number errors are English.
        return whole ? Optional.of(messages.get("error.usage.notNumber", value, name)) : Optional.empty();
    }

    /** Gives commands the context through their constructor; no injection framework. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> withContext = cls.getDeclaredConstructor(CliContext.class);
                return withContext.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
