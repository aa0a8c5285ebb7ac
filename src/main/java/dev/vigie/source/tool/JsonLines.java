package dev.vigie.source.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigie.backup.InputProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A tool's output of one JSON object a line ({@code restic ls --json}, {@code borg list --json-lines}). */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /**
     * Every non-blank line as a JSON tree.
     *
     * @throws InputProblem ({@code error.repo.output}) naming the tool and the repository when a line is not JSON
     */
    public static List<JsonNode> read(String lines, String tool, RepositoryLocation where) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                nodes.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new InputProblem(e, "error.repo.output", tool, where.location());
            }
        }
        return nodes;
    }
}
