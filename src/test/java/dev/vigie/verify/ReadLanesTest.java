package dev.vigie.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReadLanesTest {

    @Test
    void aSourceWhoseDeviceCannotBeToldIsReadWithEveryCore() {
        Path proc = Path.of("/proc/self");
        Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux's /proc");
        assertThat(ReadLanes.rotational(proc)).isEmpty();
        assertThat(ReadLanes.forSource(proc)).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aVirtualMachinesDiskIsNotTakenForASpinningOne() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        String device = Files.getFileStore(here).name();
        Assumptions.assumeTrue(device.startsWith("/dev/vd"), "the build folder is not on a virtio disk");
        assertThat(ReadLanes.rotational(here)).isEmpty();
        assertThat(ReadLanes.forSource(here)).isEqualTo(ReadLanes.cores());
    }
}
