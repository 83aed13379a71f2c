import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the site's own pictures, so the project ships no downloaded artwork: the 1200x630 link-preview image, the
 * favicon (16, 32 and 48 px in one .ico) and the 180x180 Apple touch icon. Run from the project root with
 * {@code java scripts/MakeSiteImages.java} and commit what it writes.
 */
public class MakeSiteImages {

	static final Color BRAND = new Color(0x0a2a4d);

	static final Color RED = new Color(0xdb0000);

	static final Color TINT = new Color(0xf2f5f9);

	static final String SANS = "DejaVu Sans";

	public static void main(String[] args) throws IOException {
		Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
		Path share = resources.resolve("content/images/share/our-digital-government-efforts.png");
		Files.createDirectories(share.getParent());
		ImageIO.write(shareImage(), "png", share.toFile());
		Path icons = resources.resolve("icons");
		Files.createDirectories(icons);
		ImageIO.write(icon(180), "png", icons.resolve("apple-touch-icon.png").toFile());
		Files.write(icons.resolve("favicon.ico"), ico(List.of(icon(16), icon(32), icon(48))));
		System.out.println("Wrote " + share + " and " + icons + "/{favicon.ico,apple-touch-icon.png}");
	}

	static BufferedImage shareImage() {
		BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smooth(image);
		g.setColor(BRAND);
		g.fillRect(0, 0, 1200, 630);
		// the masthead band every Singapore Government website carries
		g.setColor(TINT);
		g.fillRect(0, 0, 1200, 64);
		g.setColor(RED);
		g.fill(new Ellipse2D.Double(80, 20, 24, 24));
		g.setColor(new Color(0x1b1b1b));
		g.setFont(new Font(SANS, Font.PLAIN, 24));
		g.drawString("A Singapore Government Agency Website", 118, 41);
		g.setColor(Color.WHITE);
		g.setFont(new Font(SANS, Font.BOLD, 76));
		g.drawString("Our Digital", 80, 230);
		g.drawString("Government Efforts", 80, 320);
		g.setColor(RED);
		g.fillRect(80, 362, 120, 8);
		g.setColor(new Color(0xdbe4ee));
		g.setFont(new Font(SANS, Font.PLAIN, 34));
		drawWrapped(g, "Nine areas, from Tech for Public Good to Sustainability", 80, 430, 1040);
		g.setColor(Color.WHITE);
		g.setFont(new Font(SANS, Font.BOLD, 30));
		g.drawString("Government Technology Agency", 80, 570);
		g.dispose();
		return image;
	}

	/**
	 * A navy tile with a white "G" and, from 32 px up, a red dot (the masthead's mark); the touch icon is opaque and
	 * square because iOS rounds its corners itself.
	 */
	static BufferedImage icon(int size) {
		boolean touch = size >= 180;
		BufferedImage image = new BufferedImage(size, size,
				touch ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = smooth(image);
		double radius = touch ? 0 : size * 0.18;
		g.setColor(BRAND);
		g.fill(new RoundRectangle2D.Double(0, 0, size, size, radius * 2, radius * 2));
		g.setColor(Color.WHITE);
		Font font = new Font(SANS, Font.BOLD, (int) Math.round(size * (size >= 32 ? 0.64 : 0.8)));
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		int x = (size - metrics.stringWidth("G")) / 2 - ((size >= 32) ? size / 16 : 0);
		int y = (size - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
		g.drawString("G", x, y);
		if (size >= 32) {
			double dot = size * 0.18;
			g.setColor(RED);
			g.fill(new Ellipse2D.Double(size - dot - size * 0.1, size * 0.1, dot, dot));
			g.setStroke(new BasicStroke(Math.max(1f, size / 64f)));
			g.setColor(BRAND);
			g.draw(new Ellipse2D.Double(size - dot - size * 0.1, size * 0.1, dot, dot));
		}
		g.dispose();
		return image;
	}

	/** An .ico holding PNG images, which every current browser reads. */
	static byte[] ico(List<BufferedImage> images) throws IOException {
		List<byte[]> pngs = new ArrayList<>();
		for (BufferedImage image : images) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			pngs.add(out.toByteArray());
		}
		int offset = 6 + 16 * images.size();
		int total = offset + pngs.stream().mapToInt((png) -> png.length).sum();
		ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
		ico.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
		for (int i = 0; i < images.size(); i++) {
			int size = images.get(i).getWidth();
			ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
			ico.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
			ico.putInt(pngs.get(i).length).putInt(offset);
			offset += pngs.get(i).length;
		}
		pngs.forEach(ico::put);
		return ico.array();
	}

	static void drawWrapped(Graphics2D g, String text, int x, int y, int width) {
		FontMetrics metrics = g.getFontMetrics();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (!line.isEmpty() && metrics.stringWidth(line + " " + word) > width) {
				g.drawString(line.toString(), x, y);
				y += metrics.getHeight();
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		g.drawString(line.toString(), x, y);
	}

	static Graphics2D smooth(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		return g;
	}

}
