package sg.gov.tech.efforts.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import sg.gov.tech.efforts.content.CurrentSite;
import sg.gov.tech.efforts.model.ContentProblem;
import sg.gov.tech.efforts.site.ExternalFolderSite;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's images as a phone gets them: smaller copies in WebP and JPEG, made on request, without metadata. */
@ExtendWith(OutputCaptureExtension.class)
class ImageCopiesTests extends ExternalFolderSite {

	@LocalServerPort
	private int port;

	@Autowired
	private CurrentSite content;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aPhotoOffersWebpAndJpegCopiesNoWiderThanItself() throws Exception {
		Element picture = page().selectFirst("picture:has(img[alt^=The Padang])");
		assertThat(widths(picture.selectFirst("source[type=image/webp]").attr("srcset")))
			.containsExactly("320w", "640w", "960w", "1280w", "1600w");
		Element img = picture.selectFirst("img");
		assertThat(widths(img.attr("srcset"))).containsExactly("320w", "640w", "960w", "1280w", "1600w");
		assertThat(img.attr("srcset")).contains("/640/images/photo.jpg 640w").doesNotContain(".webp");
		assertThat(picture.selectFirst("source").attr("srcset")).contains("/640/images/photo.jpg.webp 640w");
		assertThat(img.attr("sizes")).isEqualTo(picture.selectFirst("source").attr("sizes")).contains("52rem");
	}

	@Test
	void everyImageHasTheSizeOfItsFile() throws Exception {
		Document page = page();
		assertThat(size(page.selectFirst("img[alt^=The Padang]"))).isEqualTo("1600x1200");
		assertThat(size(page.selectFirst("img[alt=A small icon]"))).isEqualTo("96x96");
		assertThat(size(page.selectFirst("img[alt=A huge scan]"))).isEqualTo("8000x6000");
	}

	@Test
	void theFirstLargeImageIsFetchedFirstAndTheOthersLazily() throws Exception {
		List<Element> images = page().select("main img");
		assertThat(images.get(0).attr("fetchpriority")).isEqualTo("high");
		assertThat(images.get(0).hasAttr("loading")).isFalse();
		assertThat(images.subList(1, images.size())).allSatisfy((img) -> {
			assertThat(img.attr("loading")).isEqualTo("lazy");
			assertThat(img.hasAttr("fetchpriority")).isFalse();
		});
	}

	@Test
	void aWebpCopyHasTheWidthAskedForAndNoMetadata() throws Exception {
		HttpResponse<byte[]> copy = get(copyOf("img[alt^=The Padang]", 640, true));
		assertThat(copy.statusCode()).isEqualTo(200);
		assertThat(copy.headers().firstValue("Content-Type")).contains("image/webp");
		byte[] webp = copy.body();
		assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII) + new String(webp, 8, 4, StandardCharsets.US_ASCII))
			.isEqualTo("RIFFWEBP");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(webp));
		assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo("640x480");
		String text = new String(webp, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("EXIF", "XMP ", "Test Phone", "GPS");
	}

	@Test
	void aJpegCopyHasNoMetadata() throws Exception {
		byte[] jpeg = get(copyOf("img[alt^=The Padang]", 320, false)).body();
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(320);
		assertThat(Imaging.getMetadata(jpeg)).isNull();
		assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("Test Phone");
	}

	@Test
	void aCopyIsCachedForAYearAsImmutable() throws Exception {
		assertThat(get(cachedCopy()).headers().firstValue("Cache-Control"))
			.contains("max-age=31536000, public, immutable");
	}

	@Test
	void aCopysEtagIsStrong() throws Exception {
		assertThat(get(cachedCopy()).headers().firstValue("ETag").orElseThrow()).startsWith("\"");
	}

	@Test
	void aCopyIsTheSameBytesUnderTheSameEtagEveryTime() throws Exception {
		String url = cachedCopy();
		HttpResponse<byte[]> first = get(url);
		HttpResponse<byte[]> second = get(url);
		assertThat(second.headers().firstValue("ETag")).contains(first.headers().firstValue("ETag").orElseThrow());
		assertThat(second.body()).isEqualTo(first.body());
	}

	@Test
	void aCopyIsAnswered304WhenItsEtagIsSent() throws Exception {
		String url = cachedCopy();
		String etag = get(url).headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> revalidated = this.client.send(HttpRequest.newBuilder(URI.create(base() + url))
			.header("If-None-Match", etag)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(revalidated.statusCode()).isEqualTo(304);
	}

	@Test
	void aWidthNotOfferedOrAnOldHashAnswers404() throws Exception {
		String offered = copyOf("img[alt^=The Padang]", 640, true);
		assertThat(get(offered.replace("/640/", "/800/")).statusCode()).isEqualTo(404);
		assertThat(get(offered.replace("/640/", "/1920/")).statusCode()).isEqualTo(404);
		String hash = offered.split("/")[3];
		assertThat(get(offered.replace(hash, "0123456789abcdef")).statusCode()).isEqualTo(404);
		assertThat(get(offered.replace("photo.jpg", "elsewhere.jpg")).statusCode()).isEqualTo(404);
	}

	@Test
	void theOriginalIsServedWithoutItsGpsPosition() throws Exception {
		byte[] original = get("/images/photo.jpg").body();
		assertThat(Imaging.getMetadata(original)).isNull();
		assertThat(ImageIO.read(new ByteArrayInputStream(original)).getRGB(800, 600))
			.isEqualTo(ImageIO.read(new ByteArrayInputStream(PHOTO)).getRGB(800, 600));
	}

	@Test
	void aDownloadIsServedByteForByte() throws Exception {
		assertThat(get("/files/photo.jpg").body()).isEqualTo(PHOTO);
	}

	@Test
	void aHugeImageIsServedAsItIsWithAWarning() throws Exception {
		Element huge = page().selectFirst("img[alt=A huge scan]");
		assertThat(huge.hasAttr("srcset")).isFalse();
		assertThat(huge.parent().tagName()).isNotEqualTo("picture");
		assertThat(get("/images/huge.png").body()).isEqualTo(Files.readAllBytes(root().resolve("images/huge.png")));
		assertThat(warnings("photos.md")).anySatisfy((problem) -> assertThat(problem)
			.contains("/images/huge.png has 48 megapixels, more than 40"));
	}

	@Test
	void anImageNamedAsAnotherFormatIsServedAsItIsWithAWarning() throws Exception {
		assertThat(page().selectFirst("img[alt^=A picture with the wrong name]").hasAttr("srcset")).isFalse();
		assertThat(get("/images/graph.jpg").body()).isEqualTo(Files.readAllBytes(root().resolve("images/graph.jpg")));
		assertThat(warnings("photos.md")).anySatisfy((problem) -> assertThat(problem)
			.contains("/images/graph.jpg is a PNG image named as a JPEG one"));
	}

	@Test
	void aDamagedImageGetsItsOriginalInPlaceOfACopy(CapturedOutput output) throws Exception {
		HttpResponse<byte[]> copy = get(copyOf("img[alt=A damaged photo]", 640, true));
		assertThat(copy.statusCode()).isEqualTo(200);
		assertThat(copy.headers().firstValue("Cache-Control")).contains("no-cache");
		assertThat(copy.body()).isEqualTo(CORRUPT);
		assertThat(output).contains("/images/corrupt.jpg cannot be");
	}

	/** The load's warnings about a file: logged when the shared application started, maybe before this class ran. */
	private List<String> warnings(String file) {
		return this.content.site().warnings().stream()
			.filter((warning) -> warning.file().equals(file))
			.map(ContentProblem::problem)
			.toList();
	}

	private Document page() throws Exception {
		return Jsoup.parse(new String(get("/photos/").body(), StandardCharsets.UTF_8));
	}

	private String cachedCopy() throws Exception {
		return copyOf("img[alt^=The Padang]", 960, true);
	}

	private String copyOf(String image, int width, boolean webp) throws Exception {
		Element img = page().selectFirst(image);
		String srcset = webp ? img.parent().selectFirst("source").attr("srcset") : img.attr("srcset");
		return Arrays.stream(srcset.split(", "))
			.filter((candidate) -> candidate.endsWith(" " + width + "w"))
			.map((candidate) -> candidate.split(" ")[0])
			.findFirst()
			.orElseThrow();
	}

	private static List<String> widths(String srcset) {
		return Arrays.stream(srcset.split(", ")).map((candidate) -> candidate.split(" ")[1]).toList();
	}

	private static String size(Element img) {
		return img.attr("width") + "x" + img.attr("height");
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
