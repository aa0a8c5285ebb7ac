package dev.vigie.demo;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A sample workspace for a first launch or a training session: a WhatsApp Business phone, an iPhone backed up by
 * Finder and a NAS of weekly ZIP archives, all dated relative to a given "now". The same now and zone always give
 * the same bytes and the same modified times, so a trainer's screenshots stay true.
 *
 * @param folder  the absolute folder the samples were written to
 * @param sources the three sources in it, in the order they are presented
 */
public record DemoWorkspace(Path folder, List<DemoSource> sources) {

    public DemoWorkspace {
        Objects.requireNonNull(folder, "folder");
        sources = List.copyOf(sources);
    }

    /**
     * Writes the samples into {@code dir}, which is created when missing.
     *
     * @throws InputProblem when {@code dir} is a file or a folder that is not empty (nothing is written then), or
     *                      when writing fails (what was written stays, for the user to delete)
     */
    public static DemoWorkspace create(Path dir, Instant now, ZoneId zone) {
        Path folder = dir.toAbsolutePath().normalize();
        refuseUnlessNewOrEmpty(folder);
        Path whatsApp = folder.resolve(WhatsAppBusinessDemo.FOLDER);
        Path iphone = folder.resolve(IphoneDemo.FOLDER);
        Path nas = folder.resolve(NasDemo.FOLDER);
        try {
            Files.createDirectories(folder);
            WhatsAppBusinessDemo.write(whatsApp, now, zone);
            IphoneDemo.write(iphone, now, zone);
            NasDemo.write(nas, now, zone);
            DemoFiles.settleFolderTimes(folder);
        } catch (IOException | SQLException e) {
            throw new InputProblem(e, "error.demo.write", folder.toString(), reason(e));
        }
        return new DemoWorkspace(folder, describe(folder));
    }

    /** The demo's three sources as they are (or would be) laid out in {@code dir}; writes nothing. */
    public static List<DemoSource> describe(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        return List.of(
                new DemoSource("whatsapp-business", folder.resolve(WhatsAppBusinessDemo.FOLDER),
                        Layout.WHATSAPP_BUSINESS_ANDROID, "demo.source.whatsapp"),
                new DemoSource("iphone", folder.resolve(IphoneDemo.FOLDER), Layout.IOS_DEVICE_BACKUP,
                        "demo.source.iphone"),
                new DemoSource("nas", folder.resolve(NasDemo.FOLDER), Layout.DATED_SNAPSHOTS, "demo.source.nas"));
    }

    /** The samples go into a folder of their own, so they can never be mixed with, or written over, real files. */
    private static void refuseUnlessNewOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new InputProblem("error.demo.notFolder", folder.toString());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new InputProblem("error.demo.notEmpty", folder.toString());
            }
        } catch (IOException e) {
            throw new InputProblem(e, "error.demo.write", folder.toString(), reason(e));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way";
        }
        if (e instanceof NoSuchFileException missing) {
            // Raised without a reason when a folder cannot be made, which the bare path does not say.
            return missing.getFile() + " cannot be created";
        }
        return Reasons.of(e);
    }
}
