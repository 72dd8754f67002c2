package org.forestcoverage.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: an output folder never destroys what forest did not write, and leaves nothing behind when it fails. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private Path writeOutput(Path target, boolean overwrite, Map<String, String> files) throws IOException {
        try (OutputFolder out = OutputFolder.create(target, "analyze", overwrite, List.of())) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = out.dir().resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            out.commit();
        }
        return target;
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderAppearsCompleteWithItsMarkerAndNothingBesideIt() throws IOException {
        Path out = writeOutput(dir.resolve("out"), false, Map.of("coverage.csv", "a", "maps/forest_2020.tif", "b"));
        assertEquals(List.of("out"), names(dir));
        assertEquals(List.of(OutputMarker.NAME, "coverage.csv", "maps"), names(out));
        assertEquals("b", Files.readString(out.resolve("maps/forest_2020.tif")));
        OutputMarker m = OutputMarker.read(out.resolve(OutputMarker.NAME)).orElseThrow();
        assertTrue(m.complete() && m.command().equals("analyze"), m.toString());
        assertEquals(List.of("maps"), m.directories());
        assertEquals(List.of("coverage.csv", "maps/forest_2020.tif"), m.files().stream().map(OutputMarker.Entry::path).toList());
    }

    @Test
    void folderAndFilesFollowTheUmaskLikeAnyOtherNewFile() throws IOException {
        Path out = writeOutput(dir.resolve("out"), false, Map.of("coverage.csv", "a"));
        Path refDir = Files.createDirectory(dir.resolve("reference"));
        Path refFile = Files.createFile(dir.resolve("reference.txt"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(refDir)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(refFile)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("coverage.csv"))));
    }

    @Test
    void aPreviousOutputIsKeptWithoutOverwriteAndTheMessageNamesOverwrite() throws IOException {
        Path out = writeOutput(dir.resolve("out"), false, Map.of("coverage.csv", "old"));
        Map<String, String> before = FolderSnapshot.of(dir);
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(out, "analyze", false, List.of()));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertTrue(e.getMessage().startsWith(out + ": "), e.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void overwriteReplacesAPreviousOutputInPlaceWithoutTheFolderEverVanishing() throws Exception {
        Path out = writeOutput(dir.resolve("out"), false, Map.of("coverage.csv", "old", "only_old.csv", "x",
                "old_dir/a.tif", "y"));
        Object inode = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        AtomicBoolean vanished = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                if (!Files.isDirectory(out)) {
                    vanished.set(true);
                }
            }
        });
        reader.start();
        try (OutputFolder o = OutputFolder.create(out, "analyze", true, List.of())) {
            Files.writeString(o.dir().resolve("coverage.csv"), "new");
            for (int i = 0; i < 200; i++) {
                Files.writeString(o.dir().resolve("map_" + i + ".tif"), "m" + i);
            }
            o.commit();
        } finally {
            stop.set(true);
            reader.join();
        }
        assertFalse(vanished.get(), "a reader saw no output folder during the replacement");
        assertEquals(inode, Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the output folder itself must not be renamed (a mount point cannot be)");
        assertEquals("new", Files.readString(out.resolve("coverage.csv")));
        assertFalse(Files.exists(out.resolve("only_old.csv")));
        assertFalse(Files.exists(out.resolve("old_dir")));
        assertEquals(202, names(out).size(), names(out).toString());     // marker, coverage.csv, 200 maps
        assertEquals(List.of("out"), names(dir));
    }

    @Test
    void aPlainFileIsRefusedAndUnchangedEvenWithOverwrite() throws IOException {
        Path file = Files.writeString(dir.resolve("results.csv"), "the user's table");
        Map<String, String> before = FolderSnapshot.of(dir);
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(file, "qa", true, List.of()));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aFolderWithAForeignFileIsRefusedAndUnchangedEvenWithOverwrite() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("scenes.json"), "{}");
        Files.createDirectory(data.resolve(".git"));
        Files.writeString(data.resolve(".git/HEAD"), "ref: refs/heads/main");
        Map<String, String> before = FolderSnapshot.of(dir);
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(data, "analyze", true, List.of()));
        assertTrue(e.getMessage().contains("not part of a forest output (.git/, scenes.json)"), e.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aPreviousOutputWithAFileTheUserAddedOrEditedIsRefused() throws IOException {
        Path out = writeOutput(dir.resolve("out"), false, Map.of("coverage.csv", "old", "coverage.json", "{}"));
        Files.writeString(out.resolve("notes.txt"), "my notes");
        Map<String, String> before = FolderSnapshot.of(dir);
        OutputRefusedException added = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(out, "analyze", true, List.of()));
        assertTrue(added.getMessage().contains("notes.txt"), added.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));

        Files.delete(out.resolve("notes.txt"));
        Files.writeString(out.resolve("coverage.csv"), "edited by hand, a longer line");
        before = FolderSnapshot.of(dir);
        OutputRefusedException edited = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(out, "analyze", true, List.of()));
        assertTrue(edited.getMessage().contains("coverage.csv (changed since forest wrote it)"), edited.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void anOutputHoldingAnotherCommandsOutputIsNotReplaced() throws IOException {
        Path run = writeOutput(dir.resolve("run"), false, Map.of("coverage.csv", "a"));
        writeOutput(run.resolve("qa"), false, Map.of("qa.csv", "b"));
        Map<String, String> before = FolderSnapshot.of(dir);
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(run, "analyze", true, List.of()));
        assertTrue(e.getMessage().contains("not part of a forest output (qa/ (a separate output of forest analyze))"), e.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aFolderHoldingTheRunsInputsIsRefusedEvenWhenItIsAPreviousOutput() throws IOException {
        Path out = writeOutput(dir.resolve("out"), false, Map.of("forest_2020.tif", "map"));
        Map<String, String> before = FolderSnapshot.of(dir);
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputFolder.create(out, "qa", true,
                List.of(dir.resolve("plots.csv").toString(), out.resolve("forest_2020.tif").toString())));
        assertTrue(e.getMessage().contains("an input of this run"), e.getMessage());
        assertTrue(e.getMessage().contains("forest_2020.tif"), e.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void theRootFolderIsRefused() {
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(Path.of("/"), "analyze", true, List.of()));
        assertTrue(e.getMessage().startsWith("/: is the root folder"), e.getMessage());
    }

    @Test
    void anEmptyFolderSuchAsAMountPointIsWrittenInPlace() throws IOException {
        Path mount = Files.createDirectory(dir.resolve("mnt"));
        Object inode = Files.readAttributes(mount, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        writeOutput(mount, false, Map.of("coverage.csv", "a"));
        assertEquals(inode, Files.readAttributes(mount, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals(List.of(OutputMarker.NAME, "coverage.csv"), names(mount));
    }

    @Test
    void aFailedRunLeavesNothingNotEvenTheParentFoldersItCreated() throws IOException {
        try (OutputFolder o = OutputFolder.create(dir.resolve("a/b/out"), "sample", false, List.of())) {
            Files.writeString(o.dir().resolve("plots.csv"), "x");
            assertTrue(o.dir().startsWith(dir.resolve("a/b")));
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aFailedReplacementLeavesThePreviousOutputAsItWas() throws IOException {
        Path out = writeOutput(dir.resolve("out"), false, Map.of("coverage.csv", "old"));
        Map<String, String> before = FolderSnapshot.of(dir);
        try (OutputFolder o = OutputFolder.create(out, "analyze", true, List.of())) {
            Files.writeString(o.dir().resolve("coverage.csv"), "half-written");
        }
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aSecondRunIntoTheSameFolderFailsWhileTheFirstHoldsIt() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder first = OutputFolder.create(out, "analyze", false, List.of())) {
            OutputRefusedException e = assertThrows(OutputRefusedException.class,
                    () -> OutputFolder.create(out, "qa", false, List.of()));
            assertTrue(e.getMessage().contains("another run is writing it (forest analyze (PID "
                    + ProcessHandle.current().pid() + "))"), e.getMessage());
            Files.writeString(first.dir().resolve("coverage.csv"), "first");
            first.commit();
        }
        writeOutput(out, true, Map.of("coverage.csv", "second"));
        assertEquals("second", Files.readString(out.resolve("coverage.csv")));
    }

    @Test
    void anIncompleteReplacementLeftByKillMinus9IsStillRecognised() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("coverage.csv"), "new");
        Files.writeString(out.resolve("old.csv"), "old");
        OutputMarker m = OutputMarker.scan(out, "analyze", OutputMarker.REPLACING);
        m.write(out.resolve(OutputMarker.NAME));
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.create(out, "analyze", false, List.of()));
        assertTrue(e.getMessage().contains("incomplete output of an earlier forest analyze run; add --overwrite"),
                e.getMessage());
        writeOutput(out, true, Map.of("coverage.csv", "newer"));
        assertEquals(List.of(OutputMarker.NAME, "coverage.csv"), names(out));
    }

    @Test
    void staleTemporariesOfDeadOrReusedProcessesAreRemovedOthersKept() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        RunOwner dead = new RunOwner(p.pid(), 1);
        RunOwner reused = new RunOwner(ProcessHandle.current().pid(), 1);     // our PID, another start time
        RunOwner alive = RunOwner.current();
        Path deadTemp = fakeTemp(".old.forest-tmp-" + dead.token() + "-0a1b2c3d", dead);
        Path reusedTemp = fakeTemp(".old.forest-tmp-" + reused.token() + "-0a1b2c3e", reused);
        Path liveTemp = fakeTemp(".live.forest-tmp-" + alive.token() + "-0a1b2c3f", alive);
        Path lookalike = Files.createDirectory(dir.resolve(".mine.forest-tmp-" + dead.token() + "-00000000"));
        writeOutput(dir.resolve("out"), false, Map.of("coverage.csv", "a"));
        assertFalse(Files.exists(deadTemp), "temporary of a dead process");
        assertFalse(Files.exists(reusedTemp), "temporary of a process whose PID was reused");
        assertTrue(Files.exists(liveTemp), "temporary of a live process");
        assertTrue(Files.exists(lookalike), "a folder without forest's marker is not ours");
        OutputFolder.deleteTree(liveTemp);
    }

    private Path fakeTemp(String name, RunOwner owner) throws IOException {
        Path t = Files.createDirectory(dir.resolve(name));
        new OutputMarker("analyze", OutputMarker.STAGING, owner, List.of(), List.of()).write(t.resolve(OutputMarker.NAME));
        Files.writeString(t.resolve("ndvi_2020.tif"), "partial");
        return t;
    }

    @Test
    void anInterruptRemovesTheTemporariesOfOpenFoldersOnly() throws IOException {
        Path done = writeOutput(dir.resolve("done"), false, Map.of("coverage.csv", "a"));
        Map<String, String> before = FolderSnapshot.of(done);
        OutputFolder open = OutputFolder.create(dir.resolve("out"), "analyze", false, List.of());
        Files.writeString(open.dir().resolve("coverage.csv"), "partial");
        List<String> stopped = new java.util.ArrayList<>();
        try (Interruption.Registration r = Interruption.onInterrupt(() -> stopped.add("work"))) {
            String line = Interruption.run();
            assertEquals("forest: interrupted; partial output removed, nothing else changed", line);
        }
        assertEquals(List.of("work"), stopped);
        assertEquals(List.of("done"), names(dir));
        assertEquals(before, FolderSnapshot.of(done));
        assertThrows(IllegalStateException.class, open::commit);
        open.close();
    }

    /** A real second process holds the lock; killed with SIGKILL, its temporaries are removed by the next run. */
    @Test
    @Tag("process")
    void anotherProcessHoldsTheLockAndAfterKill9TheNextRunRemovesItsTemporaries() throws Exception {
        Path out = dir.resolve("out");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldOutput.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(other.getInputStream()));
            assertEquals("ready", r.readLine());
            OutputRefusedException e = assertThrows(OutputRefusedException.class,
                    () -> OutputFolder.create(out, "analyze", false, List.of()));
            assertTrue(e.getMessage().contains("another run is writing it (forest analyze (PID " + other.pid() + "))"),
                    e.getMessage());
        } finally {
            other.destroyForcibly();                          // SIGKILL: no hook runs
            assertTrue(other.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(2, names(dir).size(), "the killed run left its temporary and lock: " + names(dir));
        writeOutput(dir.resolve("other"), false, Map.of("coverage.csv", "a"));
        assertEquals(List.of("other"), names(dir));
    }
}
