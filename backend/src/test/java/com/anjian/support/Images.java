package com.anjian.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * WebP and HEIC files built byte by byte, for the pixel-limit checks: real ones, and ones whose
 * header declares far more pixels than their bytes could hold.
 */
public final class Images {

    private Images() {
    }

    /**
     * A real lossless WebP of {@code width} × {@code height} orange pixels: the VP8L header, no
     * transforms, no colour cache, and one single-symbol prefix code per channel, so every pixel
     * costs zero bits. (libwebp's dwebp decodes the 3 × 2 one to six pixels ff8000.)
     */
    public static byte[] webp(int width, int height) {
        Bits bits = new Bits();
        bits.put(width - 1, 14).put(height - 1, 14).put(0, 1).put(0, 3);
        bits.put(0, 1).put(0, 1).put(0, 1); // no transform, no colour cache, no meta prefix codes
        for (int symbol : new int[]{0x80, 0xFF, 0x00, 0xFF}) { // green, red, blue, alpha
            bits.put(1, 1).put(0, 1).put(1, 1).put(symbol, 8); // simple code, one 8-bit symbol
        }
        bits.put(1, 1).put(0, 1).put(0, 1).put(0, 1); // distance: one 1-bit symbol
        byte[] stream = bits.bytes();
        ByteBuffer data = ByteBuffer.allocate(1 + stream.length);
        data.put((byte) 0x2F).put(stream);
        return riff(chunk("VP8L", data.array()));
    }

    /** 30 bytes that declare a 16384 × 16384 canvas (268 megapixels): an extended WebP's VP8X chunk alone. */
    public static byte[] lyingWebp() {
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) 0).put(new byte[3]);
        putUint24(vp8x, 16384 - 1);
        putUint24(vp8x, 16384 - 1);
        return riff(chunk("VP8X", vp8x.array()));
    }

    /** A HEIF image file whose item properties declare the given image sizes ('ispe'), e.g. a grid and its tile. */
    public static byte[] heic(int[]... sizes) {
        ByteArrayOutputStream properties = new ByteArrayOutputStream();
        for (int[] size : sizes) {
            ByteBuffer ispe = ByteBuffer.allocate(12);
            ispe.putInt(0).putInt(size[0]).putInt(size[1]);
            properties.writeBytes(box("ispe", ispe.array()));
        }
        byte[] ipco = box("ipco", properties.toByteArray());
        byte[] iprp = box("iprp", ipco);
        ByteBuffer hdlr = ByteBuffer.allocate(25);
        hdlr.putInt(0).putInt(0).put("pict".getBytes(StandardCharsets.US_ASCII)).put(new byte[12]).put((byte) 0);
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        meta.writeBytes(new byte[4]); // full box: version and flags
        meta.writeBytes(box("hdlr", hdlr.array()));
        meta.writeBytes(iprp);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(ftyp());
        file.writeBytes(box("meta", meta.toByteArray()));
        file.writeBytes(box("mdat", new byte[64]));
        return file.toByteArray();
    }

    /** A HEIF image sequence: a 'ftyp' of brand heic and no 'meta' box to read a size from. */
    public static byte[] heicWithoutMeta() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(ftyp());
        file.writeBytes(box("mdat", new byte[64]));
        return file.toByteArray();
    }

    private static byte[] ftyp() {
        ByteBuffer ftyp = ByteBuffer.allocate(16);
        ftyp.put("heic".getBytes(StandardCharsets.US_ASCII)).putInt(0)
                .put("mif1".getBytes(StandardCharsets.US_ASCII)).put("heic".getBytes(StandardCharsets.US_ASCII));
        return box("ftyp", ftyp.array());
    }

    private static byte[] box(String type, byte[] payload) {
        ByteBuffer box = ByteBuffer.allocate(8 + payload.length);
        box.putInt(8 + payload.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(payload);
        return box.array();
    }

    private static byte[] chunk(String fourcc, byte[] data) {
        int padded = data.length + (data.length % 2);
        ByteBuffer chunk = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[] chunk) {
        ByteBuffer riff = ByteBuffer.allocate(12 + chunk.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunk.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunk);
        return riff.array();
    }

    private static void putUint24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16));
    }

    /** Bits packed least significant first, as VP8L reads them. */
    private static final class Bits {
        private final java.util.BitSet set = new java.util.BitSet();
        private int length;

        Bits put(int value, int count) {
            for (int i = 0; i < count; i++) {
                set.set(length++, ((value >>> i) & 1) == 1);
            }
            return this;
        }

        byte[] bytes() {
            byte[] bytes = new byte[(length + 7) / 8];
            byte[] packed = set.toByteArray();
            System.arraycopy(packed, 0, bytes, 0, packed.length);
            return bytes;
        }
    }
}
