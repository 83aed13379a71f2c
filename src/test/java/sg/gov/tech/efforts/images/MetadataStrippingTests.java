package sg.gov.tech.efforts.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.body.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class MetadataStrippingTests {

	@Test
	void aPhotosGpsPositionIsGoneFromTheServedCopy() throws IOException {
		byte[] photo = TestImages.jpegWithGps(200, 150, 1);
		assertThat(gps(photo)).isNotNull();
		byte[] served = new JpegWithoutMetadata(new ByteArrayInputStream(photo)).readAllBytes();
		assertThat(Imaging.getMetadata(served)).isNull();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("Test Phone");
	}

	@Test
	void aJpegKeepsEveryPixel() throws IOException {
		byte[] photo = TestImages.jpegWithGps(200, 150, 1);
		byte[] served = new JpegWithoutMetadata(new ByteArrayInputStream(photo)).readAllBytes();
		assertThat(pixels(served)).isEqualTo(pixels(photo));
		assertThat(served.length).isLessThan(photo.length);
	}

	@Test
	void aPhotoTakenSidewaysKeepsOnlyItsOrientation() throws IOException {
		byte[] photo = TestImages.jpegWithGps(200, 150, 6);
		byte[] served = new JpegWithoutMetadata(new ByteArrayInputStream(photo)).readAllBytes();
		TiffImageMetadata exif = ((JpegImageMetadata) Imaging.getMetadata(served)).getExif();
		assertThat(exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue()).isEqualTo(6);
		assertThat(exif.getGpsInfo()).isNull();
		assertThat(exif.getAllFields()).hasSize(1);
	}

	@Test
	void aJpegKeepsItsColourProfile() throws IOException {
		byte[] profile = segment(0xE2, "ICC_PROFILE\0\1\1 a profile's bytes");
		byte[] photo = TestImages.jpegWithGps(64, 48, 1);
		byte[] withProfile = new byte[photo.length + profile.length];
		System.arraycopy(photo, 0, withProfile, 0, 2);
		System.arraycopy(profile, 0, withProfile, 2, profile.length);
		System.arraycopy(photo, 2, withProfile, 2 + profile.length, photo.length - 2);
		byte[] served = new JpegWithoutMetadata(new ByteArrayInputStream(withProfile)).readAllBytes();
		assertThat(TestImages.indexOf(served, profile)).isPositive();
	}

	@Test
	void whatFollowsTheImageIsLeftOut() throws IOException {
		byte[] photo = TestImages.jpeg(64, 48);
		byte[] trailer = "a second picture with its own EXIF".getBytes(StandardCharsets.US_ASCII);
		byte[] both = new byte[photo.length + trailer.length];
		System.arraycopy(photo, 0, both, 0, photo.length);
		System.arraycopy(trailer, 0, both, photo.length, trailer.length);
		byte[] served = new JpegWithoutMetadata(new ByteArrayInputStream(both)).readAllBytes();
		assertThat(served).endsWith((byte) 0xFF, (byte) 0xD9);
		assertThat(TestImages.indexOf(served, trailer)).isNegative();
	}

	@Test
	void aPngLosesItsMetadataChunks() throws IOException {
		byte[] png = pngWithMetadata();
		assertThat(chunks(png)).contains("iCCP", "tEXt", "iTXt", "eXIf");
		assertThat(chunks(servedPng(png))).containsExactly("IHDR", "iCCP", "IDAT", "IEND");
	}

	@Test
	void aPngKeepsItsColourProfile() throws IOException {
		byte[] png = pngWithMetadata();
		assertThat(chunk(servedPng(png), "iCCP")).isEqualTo(chunk(png, "iCCP"));
	}

	@Test
	void aPngKeepsEveryPixel() throws IOException {
		byte[] png = pngWithMetadata();
		assertThat(pixels(servedPng(png))).isEqualTo(pixels(png));
	}

	private static byte[] pngWithMetadata() throws IOException {
		return TestImages.pngWithMetadata(120, 80, "a compressed ICC profile".getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] servedPng(byte[] png) throws IOException {
		return new PngWithoutMetadata(new ByteArrayInputStream(png)).readAllBytes();
	}

	@Test
	void aFileThatIsNoJpegIsRefused() {
		InputStream text = new ByteArrayInputStream("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8));
		assertThatIOException().isThrownBy(() -> new JpegWithoutMetadata(text).readAllBytes());
	}

	private static Object gps(byte[] jpeg) throws IOException {
		ImageMetadata metadata = Imaging.getMetadata(jpeg);
		return ((JpegImageMetadata) metadata).getExif().getGpsInfo();
	}

	private static int[] pixels(byte[] image) throws IOException {
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
		return read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
	}

	private static byte[] segment(int marker, String payload) {
		byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
		byte[] segment = new byte[data.length + 4];
		segment[0] = (byte) 0xFF;
		segment[1] = (byte) marker;
		segment[2] = (byte) ((data.length + 2) >> 8);
		segment[3] = (byte) (data.length + 2);
		System.arraycopy(data, 0, segment, 4, data.length);
		return segment;
	}

	/** @return a chunk's data */
	static byte[] chunk(byte[] png, String type) {
		int at = TestImages.indexOf(png, type.getBytes(StandardCharsets.US_ASCII));
		int length = ((png[at - 4] & 0xFF) << 24) | ((png[at - 3] & 0xFF) << 16) | ((png[at - 2] & 0xFF) << 8)
				| (png[at - 1] & 0xFF);
		return Arrays.copyOfRange(png, at + 4, at + 4 + length);
	}

	static List<String> chunks(byte[] png) {
		List<String> types = new ArrayList<>();
		for (int at = 8; at + 8 <= png.length;) {
			int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
					| (png[at + 3] & 0xFF);
			types.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
			at += 12 + length;
		}
		return types;
	}

}
