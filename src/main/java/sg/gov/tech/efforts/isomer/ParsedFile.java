package sg.gov.tech.efforts.isomer;

import java.util.Optional;

import sg.gov.tech.efforts.body.PageLinks;
import sg.gov.tech.efforts.model.Page;
import sg.gov.tech.efforts.model.Post;

/**
 * What one content file of an Isomer repository is: a page at its URL, an entry of a resource room's lists, or both
 * (a post that is a page of its own); a {@code layout: file} or {@code layout: link} post is an entry only.
 *
 * @param source the file, classified
 * @param url the URL Jekyll gives it
 * @param urlLine the line of its {@code permalink}, for problems with its URL
 * @param page the page it is; empty for an entry that leads elsewhere
 * @param post the resource room entry it is; empty for a file outside {@code _posts/}
 * @param links the ids and local links of its body
 */
record ParsedFile(JekyllFiles.Source source, String url, int urlLine, Optional<Page> page, Optional<Post> post,
		PageLinks links) {
}
