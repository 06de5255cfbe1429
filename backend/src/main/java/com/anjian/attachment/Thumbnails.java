package com.anjian.attachment;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** Reads an image's size without decoding it, and makes a small JPEG thumbnail. */
public final class Thumbnails {

    private Thumbnails() {
    }

    public record Dimensions(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    /**
     * The image's size from its header, without decoding it; IOException when it is not a readable
     * image. WebP and HEIC are read by {@link ImageHeaders} (Java's image I/O has no reader for them).
     */
    public static Dimensions dimensions(FileKind kind, Path image) throws IOException {
        return switch (kind) {
            case WEBP -> ImageHeaders.webp(image);
            case HEIC -> ImageHeaders.heic(image);
            default -> dimensions(image);
        };
    }

    /** The image's size from its header, or empty-handed IOException when it is not a readable image. */
    public static Dimensions dimensions(Path image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                return new Dimensions(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Decodes with subsampling (memory stays small for camera photos) and scales to fit {@code size}. */
    public static void write(Path image, Path thumbnail, int size) throws IOException {
        BufferedImage source;
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longest / (size * 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                source = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
        double scale = Math.min(1.0, (double) size / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(thumbnail.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(scaled, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IOException("not readable");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("no image reader");
        }
        return readers.next();
    }
}
