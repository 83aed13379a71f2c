package sg.gov.tech.efforts.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads {@code deploy/kubernetes/} as Kubernetes would: each manifest strictly as the kind it names (fabric8's model
 * of that kind and API version), and each kustomization as the list of resources it renders.
 * <p>
 * fabric8's model classes keep any field they do not know in an "additional properties" map (a Jackson any-setter),
 * so a misspelt field would be read without complaint and then ignored by the cluster's defaults. Here the
 * any-setters are switched off, so Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} rejects such a field with its name
 * and place, as {@code kubectl apply --validate=strict} does; a key given twice is rejected too.
 */
final class KubernetesManifests {

	static final Path ROOT = Path.of("deploy/kubernetes");

	static final String KUSTOMIZATION = "kustomization.yaml";

	/** The kinds the deployment uses, each under the one API version it is written for. */
	private static final Map<String, Class<? extends HasMetadata>> KINDS = Stream
		.of(Deployment.class, Service.class, HorizontalPodAutoscaler.class, PodDisruptionBudget.class,
				NetworkPolicy.class)
		.collect(Collectors.toMap(KubernetesManifests::typeOf, Function.identity()));

	/** The only kustomization fields used: anything else (patches, generators) would change what a list renders. */
	private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "resources");

	private static final ObjectMapper STRICT = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.annotationIntrospector(new JacksonAnnotationIntrospector() {

			@Override
			public Boolean hasAnySetter(Annotated annotated) {
				return Boolean.FALSE;
			}

		})
		.build();

	private KubernetesManifests() {
	}

	/** A manifest and the file it came from. */
	record Manifest(Path file, HasMetadata resource) {
	}

	/**
	 * @param name the file's name, for messages
	 * @param yaml the file's text: one YAML document
	 * @return the resource, as the class of the kind and API version it names
	 * @throws IllegalArgumentException naming the file and the problem: not one document, a kind or version this
	 * reader does not know, a field the kind does not have, a value of the wrong type, a key given twice
	 */
	static HasMetadata parse(String name, String yaml) {
		try {
			List<JsonNode> documents;
			try (MappingIterator<JsonNode> iterator = STRICT.readerFor(JsonNode.class).readValues(yaml)) {
				documents = iterator.readAll();
			}
			if (documents.size() != 1 || !documents.get(0).isObject()) {
				throw new IllegalArgumentException(name + ": expected one YAML document, found " + documents.size());
			}
			JsonNode document = documents.get(0);
			String type = document.path("apiVersion").asText() + " " + document.path("kind").asText();
			Class<? extends HasMetadata> kind = KINDS.get(type);
			if (kind == null) {
				throw new IllegalArgumentException(name + ": '" + type + "' is none of the kinds " + KINDS.keySet());
			}
			return STRICT.treeToValue(document, kind);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(name + ": " + ex.getMessage(), ex);
		}
	}

	static HasMetadata parse(Path file) {
		return parse(ROOT.relativize(file).toString(), read(file));
	}

	/**
	 * @param directory a folder with a {@code kustomization.yaml}
	 * @return every resource it renders, in order: its files and, recursively, the folders it lists
	 */
	static List<Manifest> render(Path directory) {
		Path file = directory.resolve(KUSTOMIZATION);
		Map<String, Object> kustomization;
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> map = STRICT.readValue(read(file), Map.class);
			kustomization = map;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
		if (!KUSTOMIZATION_FIELDS.containsAll(kustomization.keySet())
				|| !"kustomize.config.k8s.io/v1beta1".equals(kustomization.get("apiVersion"))
				|| !"Kustomization".equals(kustomization.get("kind"))
				|| !(kustomization.get("resources") instanceof List<?> resources)) {
			throw new IllegalArgumentException(file + ": a Kustomization (kustomize.config.k8s.io/v1beta1) with "
					+ "only " + KUSTOMIZATION_FIELDS + " was expected, found " + kustomization.keySet());
		}
		List<Manifest> rendered = new ArrayList<>();
		for (Object resource : resources) {
			Path path = directory.resolve(String.valueOf(resource)).normalize();
			if (Files.isDirectory(path)) {
				rendered.addAll(render(path));
			}
			else if (Files.isRegularFile(path)) {
				rendered.add(new Manifest(path, parse(path)));
			}
			else {
				throw new IllegalArgumentException(file + " lists " + resource + ", which does not exist");
			}
		}
		return rendered;
	}

	/** @return every YAML file under {@link #ROOT} that is not a kustomization */
	static List<Path> files() {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter((file) -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.filter((file) -> !file.getFileName().toString().equals(KUSTOMIZATION))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String typeOf(Class<? extends HasMetadata> kind) {
		return HasMetadata.getApiVersion(kind) + " " + HasMetadata.getKind(kind);
	}

}
