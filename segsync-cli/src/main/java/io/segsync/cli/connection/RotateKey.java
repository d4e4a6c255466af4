package io.segsync.cli.connection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.output.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rotate-key",
        description = {"Replace the master key and re-encrypt every stored API key with the new one.",
                "With the key file ($SEGSYNC_HOME/master.key), segsync makes the new key itself and the old one is gone.",
                "With SEGSYNC_MASTER_KEY, bring the new key in another variable (--new-key-env), then set",
                "SEGSYNC_MASTER_KEY to it. Keys kept as references (--store-reference) are not segsync's to rotate."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  segsync connection rotate-key",
                "  NEW_KEY=$(openssl rand -base64 32) segsync connection rotate-key --new-key-env NEW_KEY"})
final class RotateKey implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--new-key-env", paramLabel = "VAR",
            description = "When SEGSYNC_MASTER_KEY is used: the variable holding the new key (base64 of 32 random bytes).")
    String newKeyEnv;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        Output output = root.output();
        KeyRotation.Outcome outcome = KeyRotation.rotate(root.connections(), newKeyEnv);
        output.status("Master key replaced; %d stored API key%s re-encrypted.", outcome.reencrypted(),
                outcome.reencrypted() == 1 ? "" : "s");
        outcome.nextStep().ifPresent(step -> output.status("Next: %s.", step));
        ObjectNode summary = Output.object();
        summary.put("command", "connection rotate-key");
        summary.put("reencrypted", outcome.reencrypted());
        summary.put("keySource", newKeyEnv == null ? "key file" : "environment");
        outcome.nextStep().ifPresent(step -> summary.put("nextStep", step));
        output.result(summary);
        return 0;
    }
}
