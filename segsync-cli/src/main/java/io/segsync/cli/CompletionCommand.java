package io.segsync.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints a completion script generated from the command model, so it never falls behind the commands. */
@Command(name = "completion",
        description = {"Print a shell completion script for bash (and zsh, through bashcompinit).",
                "Load it in the current shell, or save it where your shell reads completions."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  source <(segsync completion)",
                "  segsync completion > /etc/bash_completion.d/segsync",
                "  autoload -U +X bashcompinit && bashcompinit && source <(segsync completion)   # zsh"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
