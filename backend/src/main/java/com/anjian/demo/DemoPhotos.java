package com.anjian.demo;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Small JPEGs standing in for the phone photos of the demo history: a scene (sky, ground and a few
 * shapes, coloured by the photo's seed) marked as found (a red ring) or put right (a green tick), so
 * the thumbnails on a hazard's timeline look like a before and an after. No text (a server may have
 * no fonts).
 */
final class DemoPhotos {

    static final int WIDTH = 480;
    static final int HEIGHT = 360;

    private DemoPhotos() {
    }

    /** Writes the photo to a temporary file, which the caller deletes after uploading it. */
    static Path write(long seed, boolean fixed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int horizon = HEIGHT / 3 + random.nextInt(HEIGHT / 4);
            g.setPaint(new GradientPaint(0, 0, new Color(120 + random.nextInt(60), 170 + random.nextInt(50), 230),
                    0, horizon, new Color(225, 235, 245)));
            g.fillRect(0, 0, WIDTH, horizon);
            Color ground = new Color(90 + random.nextInt(80), 100 + random.nextInt(70), 60 + random.nextInt(50));
            g.setPaint(new GradientPaint(0, horizon, ground, 0, HEIGHT, ground.darker()));
            g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
            for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
                g.setColor(new Color(random.nextInt(200) + 30, random.nextInt(200) + 30, random.nextInt(200) + 30));
                int w = 40 + random.nextInt(140);
                int h = 30 + random.nextInt(120);
                int x = random.nextInt(WIDTH - w);
                int y = horizon - h / 2 + random.nextInt(HEIGHT - horizon);
                if (random.nextBoolean()) {
                    g.fillRect(x, y, w, h);
                } else {
                    g.fillOval(x, y, w, h);
                }
            }
            g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int cx = WIDTH / 4 + random.nextInt(WIDTH / 2);
            int cy = HEIGHT / 3 + random.nextInt(HEIGHT / 3);
            if (fixed) {
                g.setColor(new Color(40, 170, 70));
                g.drawPolyline(new int[]{cx - 40, cx - 10, cx + 45}, new int[]{cy, cy + 30, cy - 35}, 3);
            } else {
                g.setColor(new Color(220, 40, 30));
                g.drawOval(cx - 55, cy - 45, 110, 90);
            }
        } finally {
            g.dispose();
        }
        try {
            Path file = Files.createTempFile("anjian-demo-photo", ".jpg");
            ImageIO.write(image, "jpeg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
