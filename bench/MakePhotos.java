import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes test photos for bench/images.sh: JPEGs at quality 0.9 of the sizes given (WIDTHxHEIGHT ...), a gradient
 * with shapes and fine noise, so they compress about as a photo does.
 * Usage: java bench/MakePhotos.java FOLDER 1200x800 4000x3000 ...
 */
public class MakePhotos {

	public static void main(String[] args) throws Exception {
		File folder = new File(args[0]);
		folder.mkdirs();
		Random random = new Random(23);
		for (int i = 1; i < args.length; i++) {
			String[] size = args[i].split("x");
			int width = Integer.parseInt(size[0]);
			int height = Integer.parseInt(size[1]);
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setPaint(new GradientPaint(0, 0, new Color(0x2a6f97), width, height, new Color(0xe9c46a)));
			graphics.fillRect(0, 0, width, height);
			for (int shape = 0; shape < 200; shape++) {
				graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
				graphics.fillOval(random.nextInt(width), random.nextInt(height), width / 20, height / 20);
			}
			graphics.dispose();
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					int noise = random.nextInt(17) - 8;
					int rgb = image.getRGB(x, y);
					int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + noise));
					int g = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + noise));
					int b = Math.max(0, Math.min(255, (rgb & 0xFF) + noise));
					image.setRGB(x, y, (r << 16) | (g << 8) | b);
				}
			}
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			File file = new File(folder, "photo-" + width + "x" + height + ".jpg");
			try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
				writer.setOutput(out);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			writer.dispose();
			System.out.println(file + " " + file.length() + " bytes");
		}
	}

}
