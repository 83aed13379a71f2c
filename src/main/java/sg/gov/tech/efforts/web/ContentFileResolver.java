package sg.gov.tech.efforts.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import sg.gov.tech.efforts.model.ContentFiles;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.util.UriUtils;

/**
 * Finds a file of the content root's {@code images/} or {@code files/} folder only when a visitor may have it: no
 * dot-files, no Markdown or settings source, and nothing a symbolic link leads to outside the folder.
 */
class ContentFileResolver extends PathResourceResolver {

	@Override
	protected Resource getResource(String resourcePath, Resource location) throws IOException {
		if (!ContentFiles.servable(UriUtils.decode(resourcePath, StandardCharsets.UTF_8))) {
			return null;
		}
		Resource resource = super.getResource(resourcePath, location);
		if (resource != null && resource.isFile() && location.isFile()) {
			Path file = resource.getFile().toPath().toRealPath();
			if (!file.startsWith(location.getFile().toPath().toRealPath())) {
				return null;
			}
		}
		return resource;
	}

}
