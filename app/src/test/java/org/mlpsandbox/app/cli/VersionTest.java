package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void versionPrintsThePomsVersionAndTheRuntime() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>mlp-sandbox</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the root pom names its version right after its artifactId");
        Cli.Result r = Cli.run("--version").expect(0);
        String[] lines = r.out().strip().split("\\R");
        assertEquals("MLP Sandbox " + m.group(1), lines[0]);
        assertTrue(lines[1].startsWith("Java " + System.getProperty("java.version")), r.out());
        assertTrue(lines[1].endsWith(System.getProperty("java.home")), r.out());
    }
}
