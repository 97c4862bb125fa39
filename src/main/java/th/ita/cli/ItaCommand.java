package th.ita.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

import th.ita.home.HomeLayout;

/** The {@code ita} command line: one subcommand per job. */
@Command(name = "ita",
        mixinStandardHelpOptions = true,
        version = "ita 0.1.0",
        description = "Ingest, search and export Thai ITA reports.",
        footerHeading = "%nExit codes:%n",
        footer = {
                "    0  done                  1  done, but files failed or wait in the inbox",
                "    2  usage error           3  no archive in the home, or it cannot be written",
                "    4  not found             5  the home or port is in use",
                "    6  bad settings/routes  70  unexpected error (--verbose shows why)",
                "  130  stopped by Ctrl-C"},
        subcommands = {
                CommandLine.HelpCommand.class,
                RunCommand.class,
                IngestCommand.class,
                BenchCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                ExportCommand.class,
                ReindexCommand.class,
                OcrRetryCommand.class,
                DoctorCommand.class,
                StatusCommand.class,
        })
public final class ItaCommand implements Callable<Integer> {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Also show log lines and stack traces on standard error.")
    boolean verbose;

    @CommandLine.Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ItaCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(ItaCommand::execute);
        commandLine.setParameterExceptionHandler(ItaCommand::usageError);
        return commandLine;
    }

    /** {@code ita} alone: the usage, as an error, because nothing was asked. */
    @Override
    public Integer call() {
        spec.commandLine().usage(ConsoleOutput.stderr());
        return ExitCode.USAGE;
    }

    /** One line saying what is wrong with the command line and where to read how it goes. */
    private static int usageError(CommandLine.ParameterException problem, String[] args) {
        PrintWriter err = ConsoleOutput.stderr();
        err.println(problem.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
        err.printf("See '%s --help'.%n", problem.getCommandLine().getCommandSpec().qualifiedName());
        err.flush();
        return ExitCode.USAGE;
    }

    /** Sets up logging for the chosen command's home, runs it, and turns any failure into a line and an exit code. */
    private static int execute(ParseResult parseResult) {
        Integer help = CommandLine.executeHelpRequest(parseResult);
        if (help != null) {
            return help;
        }
        ParseResult chosen = parseResult;
        while (chosen.hasSubcommand()) {
            chosen = chosen.subcommand();
        }
        boolean verbose = ((ItaCommand) parseResult.commandSpec().userObject()).verbose;
        Object command = chosen.commandSpec().userObject();
        Path logFile = null;
        try {
            logFile = configureLogging(chosen.commandSpec(), command, verbose);
            if (command instanceof Callable<?> callable) {
                Object code = callable.call();
                return code instanceof Integer exit ? exit : ExitCode.OK;
            }
            ((Runnable) command).run();
            return ExitCode.OK;
        } catch (Exception | LinkageError failure) {
            return Failures.report(failure, verbose, logFile, ConsoleOutput.stderr());
        }
    }

    /** Logs into the home's logs/ when the command has a home that exists (or that it creates); returns the file. */
    private static Path configureLogging(CommandSpec spec, Object command, boolean verbose) {
        CommandSpec homeMixin = spec.mixins().get("home");
        if (homeMixin == null || !(homeMixin.userObject() instanceof HomeOption homeOption)) {
            Logging.configure(null, verbose);
            return null;
        }
        HomeLayout home = homeOption.layout();
        if (command instanceof WritesHome) {
            home.createFolders();
        }
        if (!home.holdsArchive() || !canWrite(home.logs())) {
            Logging.configure(null, verbose);
            return null;
        }
        Logging.configure(home.logs(), verbose);
        return home.logs().resolve(Logging.FILE_NAME);
    }

    private static boolean canWrite(Path logs) {
        try {
            Files.createDirectories(logs);
            return Files.isWritable(logs);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /** The subcommands, for tests that check every one of them. */
    static List<String> subcommandNames() {
        return List.copyOf(commandLine().getSubcommands().keySet());
    }
}
