package com.anjian.attachment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The declared size of WebP and HEIC images, read from their headers. Java's image I/O decodes
 * neither, and their magic bytes say nothing about size: a 30-byte WebP may declare 16383 × 16383
 * pixels (268 megapixels) that any decoder downstream would try to allocate. Reading the header
 * lets the pixel limit apply to them as to JPEG, PNG and GIF; a file whose size cannot be read is
 * refused as unreadable.
 */
final class ImageHeaders {

    /** Enough for every box of an image's metadata; a larger 'meta' box is not a photo's. */
    private static final int MAX_META_BYTES = 4 * 1024 * 1024;
    private static final int MAX_BOXES = 10_000;

    private ImageHeaders() {
    }

    /**
     * WebP (RIFF container): the canvas of an extended file (VP8X), or the frame size of a simple
     * lossy (VP8) or lossless (VP8L) one.
     */
    static Thumbnails.Dimensions webp(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = read(channel, 0, 30).order(ByteOrder.LITTLE_ENDIAN);
            if (head.remaining() < 20 || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WEBP")) {
                throw new IOException("not a WebP file");
            }
            long riffSize = Integer.toUnsignedLong(head.getInt(4));
            if (riffSize < 12 || riffSize + 8 > channel.size()) {
                throw new IOException("WebP RIFF size does not match the file");
            }
            String chunk = ascii(head, 12, 4);
            long chunkSize = Integer.toUnsignedLong(head.getInt(16));
            if (chunkSize + 20 > riffSize + 8) {
                throw new IOException("WebP chunk runs past the file");
            }
            int data = 20;
            switch (chunk) {
                case "VP8X" -> {
                    require(head, data + 10, chunkSize >= 10);
                    return new Thumbnails.Dimensions(uint24(head, data + 4) + 1, uint24(head, data + 7) + 1);
                }
                case "VP8 " -> {
                    require(head, data + 10, chunkSize >= 10);
                    boolean keyFrame = (head.get(data) & 0x01) == 0;
                    boolean startCode = (head.get(data + 3) & 0xFF) == 0x9D && (head.get(data + 4) & 0xFF) == 0x01
                            && (head.get(data + 5) & 0xFF) == 0x2A;
                    if (!keyFrame || !startCode) {
                        throw new IOException("WebP VP8 frame header missing");
                    }
                    return new Thumbnails.Dimensions(head.getShort(data + 6) & 0x3FFF, head.getShort(data + 8) & 0x3FFF);
                }
                case "VP8L" -> {
                    require(head, data + 5, chunkSize >= 5);
                    if ((head.get(data) & 0xFF) != 0x2F) {
                        throw new IOException("WebP VP8L signature missing");
                    }
                    int bits = head.getInt(data + 1);
                    if ((bits >>> 29) != 0) {
                        throw new IOException("unknown WebP VP8L version");
                    }
                    return new Thumbnails.Dimensions((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
                }
                default -> throw new IOException("unknown WebP chunk " + chunk);
            }
        }
    }

    /**
     * HEIC/HEIF (ISO base media file): every image item's 'ispe' property (meta → iprp → ipco),
     * the largest of which is what a decoder would allocate (a grid's full canvas, not its tiles).
     */
    static Thumbnails.Dimensions heic(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer meta = topLevelBox(channel, "meta")
                    .orElseThrow(() -> new IOException("HEIF file without a 'meta' box (an image sequence?)"));
            // 'meta' is a full box: version and flags precede its children.
            ByteBuffer iprp = child(meta, 4, "iprp").orElseThrow(() -> new IOException("HEIF without item properties"));
            ByteBuffer ipco = child(iprp, 0, "ipco").orElseThrow(() -> new IOException("HEIF without item properties"));
            Thumbnails.Dimensions largest = null;
            int position = 0;
            int boxes = 0;
            while (position + 8 <= ipco.remaining() && boxes++ < MAX_BOXES) {
                long size = Integer.toUnsignedLong(ipco.getInt(position));
                String type = ascii(ipco, position + 4, 4);
                if (size < 8 || position + size > ipco.remaining()) {
                    throw new IOException("HEIF property box runs past its parent");
                }
                if (type.equals("ispe")) {
                    if (size < 20) {
                        throw new IOException("HEIF 'ispe' too short");
                    }
                    long width = Integer.toUnsignedLong(ipco.getInt(position + 12));
                    long height = Integer.toUnsignedLong(ipco.getInt(position + 16));
                    if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
                        throw new IOException("HEIF 'ispe' out of range");
                    }
                    Thumbnails.Dimensions found = new Thumbnails.Dimensions((int) width, (int) height);
                    if (largest == null || found.pixels() > largest.pixels()) {
                        largest = found;
                    }
                }
                position += (int) size;
            }
            if (largest == null) {
                throw new IOException("HEIF without an image size ('ispe')");
            }
            return largest;
        }
    }

    /** The payload of the first top-level box of this type, read whole (bounded). */
    private static Optional<ByteBuffer> topLevelBox(FileChannel channel, String wanted) throws IOException {
        long position = 0;
        long end = channel.size();
        for (int boxes = 0; position + 8 <= end && boxes < MAX_BOXES; boxes++) {
            ByteBuffer header = read(channel, position, 16);
            long size = Integer.toUnsignedLong(header.getInt(0));
            String type = ascii(header, 4, 4);
            int headerSize = 8;
            if (size == 1) {
                require(header, 16, true);
                size = header.getLong(8);
                headerSize = 16;
            } else if (size == 0) {
                size = end - position;
            }
            if (size < headerSize || position + size > end) {
                throw new IOException("HEIF box '" + type + "' runs past the file");
            }
            if (type.equals(wanted)) {
                long payload = size - headerSize;
                if (payload > MAX_META_BYTES) {
                    throw new IOException("HEIF '" + type + "' box too large");
                }
                ByteBuffer box = read(channel, position + headerSize, (int) payload);
                if (box.remaining() != payload) {
                    throw new IOException("HEIF box cut short");
                }
                return Optional.of(box);
            }
            position += size;
        }
        return Optional.empty();
    }

    /** The payload of the first child box of this type, starting {@code skip} bytes into the parent. */
    private static Optional<ByteBuffer> child(ByteBuffer parent, int skip, String wanted) throws IOException {
        int position = skip;
        for (int boxes = 0; position + 8 <= parent.remaining() && boxes < MAX_BOXES; boxes++) {
            long size = Integer.toUnsignedLong(parent.getInt(position));
            String type = ascii(parent, position + 4, 4);
            if (size < 8 || position + size > parent.remaining()) {
                throw new IOException("HEIF box '" + type + "' runs past its parent");
            }
            if (type.equals(wanted)) {
                return Optional.of(parent.slice(position + 8, (int) size - 8).order(ByteOrder.BIG_ENDIAN));
            }
            position += (int) size;
        }
        return Optional.empty();
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                break;
            }
        }
        buffer.flip();
        return buffer.order(ByteOrder.BIG_ENDIAN);
    }

    private static void require(ByteBuffer buffer, int length, boolean declared) throws IOException {
        if (!declared || buffer.remaining() < length) {
            throw new IOException("header cut short");
        }
    }

    private static int uint24(ByteBuffer buffer, int offset) {
        return (buffer.get(offset) & 0xFF) | (buffer.get(offset + 1) & 0xFF) << 8 | (buffer.get(offset + 2) & 0xFF) << 16;
    }

    private static boolean ascii(ByteBuffer buffer, int offset, String expected) {
        return buffer.remaining() >= offset + expected.length() && ascii(buffer, offset, expected.length()).equals(expected);
    }

    private static String ascii(ByteBuffer buffer, int offset, int length) {
        byte[] bytes = new byte[length];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
