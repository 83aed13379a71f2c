package sg.gov.tech.efforts.isomer;

import java.util.Map;

import sg.gov.tech.efforts.model.ContentException;
import sg.gov.tech.efforts.source.ValidationReport;
import sg.gov.tech.efforts.source.YamlBlock;

/**
 * A collection's own {@code collection.yml}, which Isomer's editor writes: {@code collections: {name: {output,
 * order}}}, the order listing the collection's files by their path in its folder.
 */
final class CollectionFile {

	private CollectionFile() {
	}

	static JekyllConfig.CollectionConfig read(String file, String text, String collection,
			JekyllConfig.CollectionConfig declared, ValidationReport report) {
		try {
			Map<?, ?> fields = new YamlBlock(file, text, 1).load("collection settings");
			Map<?, ?> settings = Yaml.map(fields, "collections").flatMap((all) -> Yaml.map(all, collection))
				.orElse(Map.of());
			JekyllConfig.CollectionConfig own = JekyllConfig.collectionConfig(settings);
			return new JekyllConfig.CollectionConfig(declared.output() && own.output(),
					own.permalink().isEmpty() ? declared.permalink() : own.permalink(),
					own.order().isEmpty() ? declared.order() : own.order());
		}
		catch (ContentException ex) {
			report.error(ex);
			return declared;
		}
	}

}
