package com.anjian.attachment;

import com.anjian.support.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 6 A5: the sizes WebP and HEIC files declare, read from their headers (plain JUnit, no server). */
class ImageHeadersTest {

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "image", ".bin"), bytes);
    }

    @Test
    void theHandBuiltWebpIsTheFileLibwebpDecodes() {
        // libwebp 1.2.4 (dwebp, webpinfo) decodes exactly these 32 bytes to 3 × 2 pixels ff8000, "No error detected".
        assertEquals("5249464618000000574542505650384c0c0000002f024000002860ff0bd0ff00",
                HexFormat.of().formatHex(Images.webp(3, 2)));
    }

    @Test
    void aLosslessWebpDeclaresItsSizeInItsVp8lHeader() throws IOException {
        assertEquals(new Thumbnails.Dimensions(3, 2), ImageHeaders.webp(file(Images.webp(3, 2))));
        assertEquals(new Thumbnails.Dimensions(16384, 16384), ImageHeaders.webp(file(Images.webp(16384, 16384))));
    }

    @Test
    void anExtendedWebpDeclaresItsCanvasInVp8x() throws IOException {
        byte[] lying = Images.lyingWebp();
        assertEquals(30, lying.length);
        Thumbnails.Dimensions declared = ImageHeaders.webp(file(lying));
        assertEquals(new Thumbnails.Dimensions(16384, 16384), declared);
        assertEquals(268_435_456L, declared.pixels());
    }

    @Test
    void aLossyWebpDeclaresItsSizeInTheKeyFrameHeader() throws IOException {
        ByteBuffer vp8 = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8.put(new byte[]{0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A}).putShort((short) 640).putShort((short) 480);
        assertEquals(new Thumbnails.Dimensions(640, 480), ImageHeaders.webp(file(webp("VP8 ", vp8.array()))));
        byte[] notKeyFrame = vp8.array().clone();
        notKeyFrame[0] = 0x11;
        assertThrows(IOException.class, () -> ImageHeaders.webp(file(webp("VP8 ", notKeyFrame))));
    }

    @Test
    void aWebpThatIsCutShortOrUnknownIsUnreadable() throws IOException {
        byte[] real = Images.webp(3, 2);
        Path truncated = file(Arrays.copyOf(real, real.length - 4));
        assertThrows(IOException.class, () -> ImageHeaders.webp(truncated));
        Path header = file(Arrays.copyOf(real, 12));
        assertThrows(IOException.class, () -> ImageHeaders.webp(header));
        Path unknownChunk = file(webp("ALPH", new byte[10]));
        assertThrows(IOException.class, () -> ImageHeaders.webp(unknownChunk));
        byte[] badSignature = real.clone();
        badSignature[20] = 0x2E;
        Path signature = file(badSignature);
        assertThrows(IOException.class, () -> ImageHeaders.webp(signature));
    }

    @Test
    void aHeicDeclaresItsLargestImageInItsIspeProperties() throws IOException {
        assertEquals(new Thumbnails.Dimensions(4032, 3024),
                ImageHeaders.heic(file(Images.heic(new int[]{512, 512}, new int[]{4032, 3024}))));
        Thumbnails.Dimensions huge = ImageHeaders.heic(file(Images.heic(new int[]{65535, 65535})));
        assertEquals(4_294_836_225L, huge.pixels());
    }

    @Test
    void aHeicWithoutASizeToReadIsUnreadable() throws IOException {
        Path sequence = file(Images.heicWithoutMeta());
        assertThrows(IOException.class, () -> ImageHeaders.heic(sequence));
        byte[] real = Images.heic(new int[]{100, 100});
        Path truncated = file(Arrays.copyOf(real, real.length - 100));
        assertThrows(IOException.class, () -> ImageHeaders.heic(truncated));
        Path noIspe = file(Images.heic());
        assertThrows(IOException.class, () -> ImageHeaders.heic(noIspe));
    }

    private static byte[] webp(String fourcc, byte[] data) {
        ByteBuffer riff = ByteBuffer.allocate(20 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + data.length).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return riff.array();
    }
}
