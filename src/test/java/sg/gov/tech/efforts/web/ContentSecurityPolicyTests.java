package sg.gov.tech.efforts.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import sg.gov.tech.efforts.content.ContentLoader;
import sg.gov.tech.efforts.model.Site;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy is derived from exactly what the content embeds, and follows the site being served. */
class ContentSecurityPolicyTests {

	@Test
	void externalImageHostsAreTakenFromEveryWayHtmlCanShowAnImage() {
		ContentSources sources = ContentSources.of(Stream.of("""
				<p><img src="https://images.example.org/a.png" alt="a"> <img src="/images/local.png" alt="local">
				<img src="//cdn.example.net/b.png" alt="b"> <img src="http://Plain.Example.com:8080/c.png" alt="c">
				<img src="data:image/png;base64,iVBORw0KGgo=" alt="d"></p>
				""", """
				<picture><source srcset="https://one.example.org/1.webp 1x, https://two.example.org/2.webp 2x">
				<img src="x.png" srcset="https://three.example.org/3.png 480w" alt="e"></picture>
				<video poster="https://posters.example.org/p.jpg"></video>
				<div style="background: url('https://bg.example.org/x.png')">text</div>
				<img src="javascript:alert(1)" alt="f"> <img src="https://exa mple.org/broken.png" alt="g">
				"""));
		assertThat(sources.imageSources()).containsExactlyInAnyOrder("https://images.example.org",
				"https://cdn.example.net", "http://plain.example.com:8080", "data:", "https://one.example.org",
				"https://two.example.org", "https://three.example.org", "https://posters.example.org",
				"https://bg.example.org");
	}

	@Test
	void inlineStylesAreHashedOncePerDistinctValue() {
		ContentSources sources = ContentSources.of(Stream.of(
				"<div style=\"text-align: center\">a</div><div style=\"text-align: center\">b</div>",
				"<p style=\"color: red\">c</p><style>p { margin: 0 }</style>"));
		assertThat(sources.styleAttributeHashes()).containsExactlyInAnyOrder(ContentSources.sha256("text-align: center"),
				ContentSources.sha256("color: red"));
		assertThat(sources.styleElementHashes()).containsExactly(ContentSources.sha256("p { margin: 0 }"));
		// the CSP hash of "text-align: center" as browsers compute it (checked independently with Python's hashlib)
		assertThat(ContentSources.sha256("text-align: center"))
			.isEqualTo("'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw='");
	}

	@Test
	void framesAreAllowedOnlyFromTheHostsTheContentEmbeds() {
		ContentSources sources = ContentSources.of(Stream.of(
				"<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>"));
		String policy = ContentSecurityPolicy.render(sources);
		assertThat(policy).contains("; frame-src 'self' https://www.youtube-nocookie.com");
		assertThat(ContentSecurityPolicy.render(ContentSources.of(Stream.of("<p>plain</p>"))))
			.doesNotContain("frame-src");
	}

	@Test
	void contentWithoutInlineStylesOrExternalImagesGetsTheStrictestPolicy() {
		assertThat(ContentSecurityPolicy.render(ContentSources.of(Stream.of("<p>Only text</p>")))).isEqualTo(
				"default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
						+ "form-action 'self'; img-src 'self'; style-src 'self'");
	}

	@Test
	void policyFollowsTheSiteBeingServed() {
		Site efforts = new ContentLoader().load(ContentLoader.EMBEDDED_ROOT);
		Site sample = new ContentLoader().load("classpath:fixtures/valid/");
		ContentSecurityPolicy policy = new ContentSecurityPolicy();
		policy.siteLoaded(efforts);
		assertThat(policy.headerFor(efforts)).contains("https://d33wubrfki0l68.cloudfront.net", "'unsafe-hashes'");
		// a site other than the one last prepared (a reload that a later listener rejected) gets its own policy
		assertThat(policy.headerFor(sample)).doesNotContain("cloudfront").doesNotContain("'unsafe-hashes'");
		policy.siteLoaded(efforts);
		assertThat(policy.headerFor(efforts)).contains("https://d33wubrfki0l68.cloudfront.net");
	}

}
