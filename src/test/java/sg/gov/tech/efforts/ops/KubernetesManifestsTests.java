package sg.gov.tech.efforts.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sg.gov.tech.efforts.ops.KubernetesManifests.Manifest;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code deploy/kubernetes/} read strictly as Kubernetes kinds, and held to what the application and its image are:
 * the ports and probe paths of {@code application.properties}, Prometheus scraping the management port and nothing
 * else reaching it, the user of the {@code Dockerfile}, a grace period the graceful shutdown fits in, a locked-down
 * container, and (with git-sync) the site reading the folder git-sync writes.
 * Each way of running the site ({@code baked/}, {@code git-sync/}) is checked as kustomize renders it.
 */
class KubernetesManifestsTests {

	private static final String SITE = "site";

	private static final String GIT_SYNC = "git-sync";

	/** The site container's port for the actuator: health and Prometheus metrics. */
	private static final String MANAGEMENT = "management";

	private static final Binder APPLICATION = new Binder(new MapConfigurationPropertySource(applicationProperties()));

	private static final ObjectMapper JSON = new ObjectMapper();

	// --- strict parsing

	@Test
	void everyManifestParsesStrictlyAsTheKindItNames() {
		List<Path> files = KubernetesManifests.files();
		assertThat(files).hasSizeGreaterThanOrEqualTo(6);
		for (Path file : files) {
			assertThat(KubernetesManifests.parse(file).getMetadata().getName()).as(file.toString()).isNotBlank();
		}
	}

	@Test
	void aMisspeltFieldIsRejectedWithItsName() {
		String deployment = KubernetesManifests.read(KubernetesManifests.ROOT.resolve("baked/deployment.yaml"));
		assertThat(KubernetesManifests.parse("deployment.yaml", deployment)).isInstanceOf(Deployment.class);
		String misspelt = replaceOnce(deployment, "readOnlyRootFilesystem:", "readOnlyRootFileSystem:");
		assertThatIllegalArgumentException().isThrownBy(() -> KubernetesManifests.parse("deployment.yaml", misspelt))
			.withMessageContaining("deployment.yaml")
			.withMessageContaining("\"readOnlyRootFileSystem\"");
		String atTheWrongLevel = replaceOnce(deployment, "  replicas: 2", "  template:\n    replicas: 2\n  replica: 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubernetesManifests.parse("deployment.yaml", atTheWrongLevel));
	}

	@Test
	void aWrongTypeADuplicateKeyOrAnUnknownKindIsRejected() {
		String service = KubernetesManifests.read(KubernetesManifests.ROOT.resolve("common/service.yaml"));
		assertThatIllegalArgumentException().isThrownBy(() -> KubernetesManifests.parse("service.yaml",
				replaceOnce(service, "  type: ClusterIP", "  type: [ClusterIP]")));
		assertThatIllegalArgumentException().isThrownBy(() -> KubernetesManifests.parse("service.yaml",
				replaceOnce(service, "  type: ClusterIP", "  type: ClusterIP\n  type: NodePort")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubernetesManifests.parse("service.yaml", replaceOnce(service, "v1", "v2")))
			.withMessageContaining("'v2 Service' is none of the kinds");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KubernetesManifests.parse("two.yaml", service + "---\n" + service))
			.withMessageContaining("expected one YAML document, found 2");
	}

	@Test
	void everyManifestIsRenderedByAWayOfRunningTheSite() {
		Set<Path> rendered = new HashSet<>();
		for (String way : List.of("baked", GIT_SYNC)) {
			KubernetesManifests.render(KubernetesManifests.ROOT.resolve(way))
				.forEach((manifest) -> rendered.add(manifest.file()));
		}
		assertThat(rendered).containsExactlyInAnyOrderElementsOf(KubernetesManifests.files());
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void eachWayRendersOneOfEachKindWithTheSameLabels(String way) {
		List<Manifest> manifests = render(way);
		assertThat(manifests.stream().map((manifest) -> manifest.resource().getKind()).distinct())
			.containsExactlyInAnyOrder("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
					"NetworkPolicy");
		assertThat(manifests.stream().map((manifest) -> manifest.resource().getKind()))
			.filteredOn((kind) -> !kind.equals("NetworkPolicy"))
			.doesNotHaveDuplicates();
		Map<String, String> podLabels = deployment(way).getSpec().getTemplate().getMetadata().getLabels();
		for (Manifest manifest : manifests) {
			assertThat(podLabels).as(manifest.file().toString())
				.containsAllEntriesOf(manifest.resource().getMetadata().getLabels());
			assertThat(manifest.resource().getMetadata().getNamespace()).as("namespace is the overlay's choice")
				.isNull();
		}
	}

	// --- the Deployment

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void atLeastTwoReplicasRunEvenDuringARollout(String way) {
		Deployment deployment = deployment(way);
		assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
		assertThat(selects(deployment.getSpec().getSelector(), podLabels(deployment))).isTrue();
		assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
			.isEqualTo(new IntOrString(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void replicasSpreadOverNodesAndZones(String way) {
		Deployment deployment = deployment(way);
		var constraints = pod(deployment).getTopologySpreadConstraints();
		assertThat(constraints).extracting("topologyKey")
			.containsExactly("kubernetes.io/hostname", "topology.kubernetes.io/zone");
		for (var constraint : constraints) {
			assertThat(selects(constraint.getLabelSelector(), podLabels(deployment))).as(constraint.getTopologyKey())
				.isTrue();
			assertThat(constraint.getMaxSkew()).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void probesAskTheApplicationsProbePathsOnItsPort(String way) {
		Container site = site(deployment(way));
		assertThat(APPLICATION.bind("management.endpoint.health.probes.enabled", Boolean.class).orElse(false))
			.as("the probe groups exist only with management.endpoint.health.probes.enabled=true")
			.isTrue();
		assertThat(port(site, site.getPorts().get(0).getName())).isEqualTo(serverPort());
		HTTPGetAction startup = httpGet(site.getStartupProbe());
		HTTPGetAction readiness = httpGet(site.getReadinessProbe());
		HTTPGetAction liveness = httpGet(site.getLivenessProbe());
		assertThat(readiness.getPath()).isEqualTo(probe("readiness").path());
		assertThat(liveness.getPath()).isEqualTo(probe("liveness").path());
		assertThat(startup.getPath()).isIn(probe("liveness").path(), probe("readiness").path());
		for (HTTPGetAction action : List.of(startup, readiness, liveness)) {
			assertThat(port(site, action.getPort())).as(action.getPath()).isEqualTo(probe("liveness").port());
			assertThat(action.getScheme()).isIn(null, "HTTP");
		}
		Probe startupProbe = site.getStartupProbe();
		assertThat(startupProbe.getPeriodSeconds() * startupProbe.getFailureThreshold())
			.as("seconds a start may take before the kubelet restarts it")
			.isGreaterThanOrEqualTo(30);
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void prometheusScrapesTheMetricsOnTheManagementPort(String way) {
		Deployment deployment = deployment(way);
		assertThat(managementPort()).as("the actuator on a port of its own").isNotEqualTo(serverPort());
		assertThat(APPLICATION.bind("management.endpoints.web.exposure.include", Bindable.listOf(String.class))
			.orElse(List.of())).contains("prometheus");
		assertThat(port(site(deployment), MANAGEMENT)).isEqualTo(managementPort());
		assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
			.containsEntry("prometheus.io/scrape", "true")
			.containsEntry("prometheus.io/port", String.valueOf(managementPort()))
			.containsEntry("prometheus.io/path", actuatorPath("prometheus"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void noTwoContainersOfAPodListenOnOnePort(String way) {
		List<ContainerPort> ports = containers(deployment(way)).stream()
			.flatMap((container) -> container.getPorts().stream())
			.toList();
		assertThat(ports).extracting(ContainerPort::getContainerPort)
			.as("the containers of a pod share its ports")
			.doesNotHaveDuplicates()
			.contains(serverPort(), managementPort());
		assertThat(ports).extracting(ContainerPort::getName).doesNotHaveDuplicates();
		if (way.equals(GIT_SYNC)) {
			Container gitSync = gitSync(deployment(way));
			assertThat(flags(gitSync.getArgs()).get("--http-bind")).as("git-sync listens on its declared port")
				.isEqualTo(":" + port(gitSync, GIT_SYNC));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theSiteRunsAsTheImagesUser(String way) {
		Deployment deployment = deployment(way);
		PodSecurityContext podSecurity = pod(deployment).getSecurityContext();
		ImageUser image = imageUser();
		Container site = site(deployment);
		assertThat(effective(site, SecurityContext::getRunAsUser, podSecurity.getRunAsUser())).isEqualTo(image.uid());
		assertThat(effective(site, SecurityContext::getRunAsGroup, podSecurity.getRunAsGroup()))
			.isEqualTo(image.gid());
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void everyContainerIsLockedDown(String way) {
		Deployment deployment = deployment(way);
		PodSecurityContext podSecurity = pod(deployment).getSecurityContext();
		assertThat(pod(deployment).getAutomountServiceAccountToken()).isFalse();
		for (Container container : containers(deployment)) {
			SecurityContext security = container.getSecurityContext();
			assertThat(security).as(container.getName()).isNotNull();
			assertThat(effective(container, SecurityContext::getRunAsNonRoot, podSecurity.getRunAsNonRoot()))
				.as(container.getName() + " runAsNonRoot")
				.isTrue();
			assertThat(effective(container, SecurityContext::getRunAsUser, podSecurity.getRunAsUser()))
				.as(container.getName() + " uid")
				.isNotNull()
				.isNotZero();
			assertThat(security.getReadOnlyRootFilesystem()).as(container.getName() + " readOnlyRootFilesystem")
				.isTrue();
			assertThat(security.getAllowPrivilegeEscalation()).as(container.getName() + " allowPrivilegeEscalation")
				.isFalse();
			assertThat(security.getPrivileged()).as(container.getName() + " privileged").isIn(null, false);
			assertThat(security.getCapabilities().getDrop()).as(container.getName() + " capabilities dropped")
				.containsExactly("ALL");
			assertThat(security.getCapabilities().getAdd()).as(container.getName() + " capabilities added")
				.isNullOrEmpty();
			String seccomp = (security.getSeccompProfile() != null ? security.getSeccompProfile()
					: podSecurity.getSeccompProfile())
				.getType();
			assertThat(seccomp).as(container.getName() + " seccomp").isEqualTo("RuntimeDefault");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theSiteWritesOnlyToEmptyDirsAtTmpAndTheFeedbackFolder(String way) {
		Deployment deployment = deployment(way);
		Set<String> written = Set.of("/tmp", imageEnv("SITE_FEEDBACK_DIRECTORY"));
		for (String path : written) {
			VolumeMount mount = mount(site(deployment), path)
				.orElseThrow(() -> new AssertionError("no volume at " + path));
			assertThat(mount.getReadOnly()).as(path + " is written").isIn(null, false);
			assertThat(volume(deployment, mount.getName()).getEmptyDir()).as(path + " is an emptyDir").isNotNull();
			assertThat(volume(deployment, mount.getName()).getEmptyDir().getSizeLimit()).as(path).isNotNull();
		}
		for (VolumeMount mount : site(deployment).getVolumeMounts()) {
			if (!written.contains(mount.getMountPath())) {
				assertThat(mount.getReadOnly()).as(mount.getMountPath() + " is the site's to read only").isTrue();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theFeedbackDatabaseComesFromASecretThePodStartsWithout(String way) {
		Container site = site(deployment(way));
		Set<String> secrets = new HashSet<>();
		for (String name : List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD")) {
			EnvVar variable = site.getEnv()
				.stream()
				.filter((env) -> env.getName().equals(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + name));
			assertThat(variable.getValue()).as(name + " is no plain value").isNull();
			var secret = variable.getValueFrom().getSecretKeyRef();
			assertThat(secret).as(name + " from a Secret").isNotNull();
			assertThat(secret.getOptional()).as(name + ": the pages never depend on the database").isTrue();
			secrets.add(secret.getName());
		}
		assertThat(secrets).as("one Secret holds the database's address and credentials").hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void everyContainerHasRequestsWithinLimits(String way) {
		for (Container container : containers(deployment(way))) {
			var resources = container.getResources();
			for (String resource : List.of("cpu", "memory")) {
				Quantity request = resources.getRequests().get(resource);
				Quantity limit = resources.getLimits().get(resource);
				assertThat(request).as(container.getName() + " " + resource + " request").isNotNull();
				assertThat(limit).as(container.getName() + " " + resource + " limit").isNotNull();
				assertThat(request.getNumericalAmount()).as(container.getName() + " " + resource)
					.isLessThanOrEqualTo(limit.getNumericalAmount());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theGracefulShutdownFitsTheGracePeriodAfterPreStop(String way) {
		Deployment deployment = deployment(way);
		assertThat(APPLICATION.bind("server.shutdown", String.class).orElse("immediate")).isEqualTo("graceful");
		Duration shutdown = APPLICATION.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
			.orElse(Duration.ofSeconds(30));
		Integer preStop = site(deployment).getLifecycle().getPreStop().getSleep().getSeconds().intValue();
		assertThat(preStop).as("preStop sleep: time for endpoints and load balancers to drop the pod")
			.isBetween(1, 15);
		// the JVM needs a moment after the last request to run its shutdown hooks and exit
		assertThat(pod(deployment).getTerminationGracePeriodSeconds())
			.isGreaterThan(preStop + shutdown.toSeconds() + 2);
	}

	// --- Service, HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theServiceSendsToTheSitesPort(String way) {
		Deployment deployment = deployment(way);
		Service service = only(way, Service.class);
		assertThat(selects(service.getSpec().getSelector(), podLabels(deployment))).isTrue();
		assertThat(service.getSpec().getPorts()).isNotEmpty();
		for (ServicePort port : service.getSpec().getPorts()) {
			assertThat(port(site(deployment), port.getTargetPort())).isEqualTo(serverPort());
			assertThat(port.getProtocol()).isEqualTo("TCP");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theAutoscalerScalesTheDeploymentFromItsReplicas(String way) {
		Deployment deployment = deployment(way);
		var spec = only(way, HorizontalPodAutoscaler.class).getSpec();
		assertThat(spec.getScaleTargetRef().getApiVersion()).isEqualTo(deployment.getApiVersion());
		assertThat(spec.getScaleTargetRef().getKind()).isEqualTo(deployment.getKind());
		assertThat(spec.getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
		assertThat(spec.getMinReplicas()).isEqualTo(deployment.getSpec().getReplicas());
		assertThat(spec.getMaxReplicas()).isGreaterThan(spec.getMinReplicas());
		assertThat(spec.getMetrics()).isNotEmpty();
		for (MetricSpec metric : spec.getMetrics()) {
			assertThat(metric.getType()).isEqualTo("ContainerResource");
			assertThat(metric.getContainerResource().getContainer()).isEqualTo(SITE);
			assertThat(site(deployment).getResources().getRequests())
				.as("utilisation is measured against the request")
				.containsKey(metric.getContainerResource().getName());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theDisruptionBudgetLetsOnePodGoAtATime(String way) {
		Deployment deployment = deployment(way);
		var spec = only(way, PodDisruptionBudget.class).getSpec();
		assertThat(selects(spec.getSelector(), podLabels(deployment))).isTrue();
		assertThat(spec.getMinAvailable()).as("with HPA, maxUnavailable keeps working as replicas change").isNull();
		assertThat(spec.getMaxUnavailable()).isEqualTo(new IntOrString(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void onlyTheSitesPortIsOpenToEveryone(String way) {
		Deployment deployment = deployment(way);
		List<NetworkPolicy> policies = all(way, NetworkPolicy.class);
		NetworkPolicy site = sitePolicy(way);
		assertThat(site.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		Map<Integer, NetworkPolicyIngressRule> rules = ingressRules(way);
		assertThat(rules).containsOnlyKeys(serverPort(), managementPort());
		assertThat(rules.get(serverPort()).getFrom()).as("visitors come from anywhere").isNullOrEmpty();
		for (NetworkPolicy policy : policies) {
			assertThat(selects(policy.getSpec().getPodSelector(), podLabels(deployment)))
				.as(policy.getMetadata().getName())
				.isTrue();
			if (!policy.getMetadata().getName().equals(site.getMetadata().getName())) {
				assertThat(policy.getSpec().getPolicyTypes()).as("only the site's own policy lets anything in")
					.containsExactly("Egress");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void theManagementPortIsOpenOnlyToPrometheus(String way) {
		List<NetworkPolicyPeer> scrapers = ingressRules(way).get(managementPort()).getFrom();
		assertThat(scrapers).as("the management port is for Prometheus alone").isNotEmpty();
		for (NetworkPolicyPeer peer : scrapers) {
			assertThat(peer.getIpBlock()).isNull();
			assertThat(peer.getNamespaceSelector().getMatchLabels()).as("a namespace named")
				.containsKey("kubernetes.io/metadata.name");
			assertThat(peer.getPodSelector().getMatchLabels()).as("its Prometheus pods").isNotEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "baked", GIT_SYNC })
	void thePodsReachOnlyDnsTheFeedbackDatabaseOrGitSync(String way) {
		assertThat(sitePolicy(way).getSpec().getEgress()).as("the site itself calls nothing").isNullOrEmpty();
		Set<Integer> egressPorts = new HashSet<>();
		all(way, NetworkPolicy.class).stream()
			.flatMap((policy) -> Stream.ofNullable(policy.getSpec().getEgress()).flatMap(List::stream))
			.flatMap((rule) -> rule.getPorts().stream())
			.forEach((port) -> egressPorts.add(port.getPort().getIntVal()));
		assertThat(egressPorts).as("DNS and PostgreSQL for the feedback database, HTTPS for git-sync")
			.isEqualTo(way.equals(GIT_SYNC) ? Set.of(53, 443, 5432) : Set.of(53, 5432));
	}

	private static NetworkPolicy sitePolicy(String way) {
		String name = deployment(way).getMetadata().getName();
		return all(way, NetworkPolicy.class).stream()
			.filter((policy) -> policy.getMetadata().getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** The site policy's ingress rules by the container port each opens, one TCP port per rule. */
	private static Map<Integer, NetworkPolicyIngressRule> ingressRules(String way) {
		Container container = site(deployment(way));
		Map<Integer, NetworkPolicyIngressRule> rules = new LinkedHashMap<>();
		for (NetworkPolicyIngressRule rule : sitePolicy(way).getSpec().getIngress()) {
			assertThat(rule.getPorts()).as("one port per rule").hasSize(1);
			NetworkPolicyPort port = rule.getPorts().get(0);
			assertThat(port.getProtocol()).isEqualTo("TCP");
			assertThat(rules.put(port(container, port.getPort()), rule)).isNull();
		}
		return rules;
	}

	// --- content

	@Test
	void bakedContentIsTheImagesOwn() {
		Container site = site(deployment("baked"));
		assertThat(env(site, "SITE_CONTENT_LOCATION")).as("the content built into the image").isEmpty();
		assertThat(pod(deployment("baked")).getInitContainers()).isNullOrEmpty();
	}

	@Test
	void theSiteWatchesTheFolderGitSyncWrites() {
		Deployment deployment = deployment(GIT_SYNC);
		Container gitSync = gitSync(deployment);
		assertThat(gitSync.getImage()).startsWith("registry.k8s.io/git-sync/git-sync:v4.");
		// a native sidecar: it keeps running, and the site starts only once its startup probe (first sync) passes
		assertThat(gitSync.getRestartPolicy()).isEqualTo("Always");
		assertThat(gitSync.getStartupProbe().getHttpGet().getPath()).isEqualTo("/");
		Map<String, String> flags = flags(gitSync.getArgs());
		assertThat(flags).containsKeys("--repo", "--root", "--link", "--period");
		Path root = Path.of(flags.get("--root"));
		Path link = root.resolve(flags.get("--link")).normalize();
		assertThat(root.isAbsolute()).isTrue();

		VolumeMount written = longestMountAbove(gitSync, link);
		assertThat(mount(gitSync, root.toString())).as("git-sync's --root is a volume of its own")
			.hasValueSatisfying((mount) -> assertThat(mount.getName()).isEqualTo(written.getName()));
		assertThat(written.getReadOnly()).isIn(null, false);
		assertThat(volume(deployment, written.getName()).getEmptyDir()).as("shared through an emptyDir").isNotNull();
		Path inVolume = Path.of(written.getMountPath()).relativize(link);

		Container site = site(deployment);
		VolumeMount read = site.getVolumeMounts()
			.stream()
			.filter((mount) -> mount.getName().equals(written.getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the site does not mount " + written.getName()));
		assertThat(read.getSubPath()).as("a subPath would pin the link's target at start").isNull();
		assertThat(written.getSubPath()).isNull();
		assertThat(read.getReadOnly()).isTrue();
		String location = env(site, "SITE_CONTENT_LOCATION").orElseThrow();
		assertThat(Path.of(location)).as("SITE_CONTENT_LOCATION is git-sync's --link, as the site mounts it")
			.isEqualTo(Path.of(read.getMountPath()).resolve(inVolume));
		assertThat(env(site, "SITE_CONTENT_WATCH")).as("live reload is on (the default)").isIn(Optional.empty(),
				Optional.of("true"));
	}

	@Test
	void bothWaysRunTheSameSiteApartFromTheContent() {
		ObjectNode baked = JSON.valueToTree(deployment("baked"));
		ObjectNode gitSync = JSON.valueToTree(deployment(GIT_SYNC));
		ObjectNode pod = (ObjectNode) gitSync.at("/spec/template/spec");
		pod.remove("initContainers");
		removeNamed((ArrayNode) pod.get("volumes"), Set.of("content", "git-sync-tmp"));
		ObjectNode site = (ObjectNode) pod.get("containers").get(0);
		removeNamed((ArrayNode) site.get("env"), Set.of("SITE_CONTENT_LOCATION"));
		removeNamed((ArrayNode) site.get("volumeMounts"), Set.of("content"));
		assertThat(gitSync.toPrettyString()).isEqualTo(baked.toPrettyString());
	}

	// --- helpers

	private static List<Manifest> render(String way) {
		return KubernetesManifests.render(KubernetesManifests.ROOT.resolve(way));
	}

	private static <T extends HasMetadata> List<T> all(String way, Class<T> kind) {
		return render(way).stream()
			.map(Manifest::resource)
			.filter(kind::isInstance)
			.map(kind::cast)
			.toList();
	}

	private static <T extends HasMetadata> T only(String way, Class<T> kind) {
		List<T> found = all(way, kind);
		assertThat(found).as(way + ": one " + kind.getSimpleName()).hasSize(1);
		return found.get(0);
	}

	private static Deployment deployment(String way) {
		return only(way, Deployment.class);
	}

	private static PodSpec pod(Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec();
	}

	private static Map<String, String> podLabels(Deployment deployment) {
		return deployment.getSpec().getTemplate().getMetadata().getLabels();
	}

	private static Container site(Deployment deployment) {
		List<Container> containers = pod(deployment).getContainers();
		assertThat(containers).extracting(Container::getName).containsExactly(SITE);
		return containers.get(0);
	}

	private static Container gitSync(Deployment deployment) {
		return pod(deployment).getInitContainers()
			.stream()
			.filter((container) -> container.getName().equals(GIT_SYNC))
			.findFirst()
			.orElseThrow();
	}

	/** The site and its sidecars (init containers that keep running) alike. */
	private static List<Container> containers(Deployment deployment) {
		List<Container> containers = new ArrayList<>(pod(deployment).getContainers());
		containers.addAll(Objects.requireNonNullElse(pod(deployment).getInitContainers(), List.of()));
		return containers;
	}

	private static <T> T effective(Container container, Function<SecurityContext, T> setting, T podSetting) {
		T own = (container.getSecurityContext() != null) ? setting.apply(container.getSecurityContext()) : null;
		return (own != null) ? own : podSetting;
	}

	/** matchLabels only: matchExpressions would need more than this test does. */
	private static boolean selects(LabelSelector selector, Map<String, String> labels) {
		assertThat(selector.getMatchExpressions()).isNullOrEmpty();
		return selects(selector.getMatchLabels(), labels);
	}

	private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
		assertThat(selector).as("an empty selector selects every pod of the namespace").isNotEmpty();
		return labels.entrySet().containsAll(selector.entrySet());
	}

	private static int port(Container container, IntOrString port) {
		return (port.getStrVal() != null) ? port(container, port.getStrVal()) : port.getIntVal();
	}

	private static int port(Container container, String name) {
		return container.getPorts()
			.stream()
			.filter((port) -> name.equals(port.getName()))
			.map(ContainerPort::getContainerPort)
			.findFirst()
			.orElseThrow(() -> new AssertionError(container.getName() + " has no port named " + name));
	}

	private static HTTPGetAction httpGet(Probe probe) {
		assertThat(probe).isNotNull();
		assertThat(probe.getHttpGet()).isNotNull();
		return probe.getHttpGet();
	}

	private static Optional<String> env(Container container, String name) {
		return Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())
			.stream()
			.filter((variable) -> variable.getName().equals(name))
			.map(EnvVar::getValue)
			.findFirst();
	}

	private static Optional<VolumeMount> mount(Container container, String path) {
		return container.getVolumeMounts().stream().filter((mount) -> mount.getMountPath().equals(path)).findFirst();
	}

	private static VolumeMount longestMountAbove(Container container, Path path) {
		return container.getVolumeMounts()
			.stream()
			.filter((mount) -> path.startsWith(mount.getMountPath()))
			.max((a, b) -> Integer.compare(a.getMountPath().length(), b.getMountPath().length()))
			.orElseThrow(() -> new AssertionError(container.getName() + " writes " + path + " to no volume"));
	}

	private static Volume volume(Deployment deployment, String name) {
		return pod(deployment).getVolumes()
			.stream()
			.filter((volume) -> volume.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no volume " + name));
	}

	/** git-sync's flags, each written {@code --name=value}. */
	private static Map<String, String> flags(List<String> args) {
		Map<String, String> flags = new LinkedHashMap<>();
		for (String arg : args) {
			Matcher flag = Pattern.compile("(--[a-z-]+)=(.*)").matcher(arg);
			assertThat(flag.matches()).as("'" + arg + "' is written --name=value").isTrue();
			assertThat(flags.put(flag.group(1), flag.group(2))).as(flag.group(1) + " given twice").isNull();
		}
		return flags;
	}

	private static void removeNamed(ArrayNode items, Set<String> names) {
		for (int i = items.size() - 1; i >= 0; i--) {
			if (names.contains(items.get(i).path("name").asText())) {
				items.remove(i);
			}
		}
	}

	private static String replaceOnce(String text, String target, String replacement) {
		assertThat(text).contains(target);
		return text.replaceFirst(Pattern.quote(target), Matcher.quoteReplacement(replacement));
	}

	// --- what the application and its image say

	private static Properties applicationProperties() {
		try {
			return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code server.port}, 8080 unless application.properties says otherwise (Spring Boot's default). */
	private static int serverPort() {
		return APPLICATION.bind("server.port", Integer.class).orElse(8080);
	}

	/** The actuator's port: its own with {@code management.server.port}, else the server's. */
	private static int managementPort() {
		return APPLICATION.bind("management.server.port", Integer.class).orElse(serverPort());
	}

	/** An endpoint's path under the actuator: {@code /actuator/prometheus} with the default paths. */
	private static String actuatorPath(String endpoint) {
		String server = APPLICATION.bind("management.server.base-path", String.class).orElse("");
		String base = APPLICATION.bind("management.endpoints.web.base-path", String.class).orElse("/actuator");
		String mapped = APPLICATION.bind("management.endpoints.web.path-mapping." + endpoint, String.class)
			.orElse(endpoint);
		return server + base + "/" + mapped;
	}

	/**
	 * Where a probe finds a health group: with {@code management.endpoint.health.probes.add-additional-paths}, at the
	 * group's additional path on the server's port ({@code /livez} and {@code /readyz} unless a group names another);
	 * else under the actuator, on its port.
	 */
	private static ProbeTarget probe(String group) {
		if (APPLICATION.bind("management.endpoint.health.probes.add-additional-paths", Boolean.class).orElse(false)) {
			String additional = APPLICATION
				.bind("management.endpoint.health.group." + group + ".additional-path", String.class)
				.orElse("server:/" + (group.equals("liveness") ? "livez" : "readyz"));
			assertThat(additional).as("an additional path on the server's port").startsWith("server:");
			return new ProbeTarget(additional.substring("server:".length()), serverPort());
		}
		return new ProbeTarget(actuatorPath("health") + "/" + group, managementPort());
	}

	record ProbeTarget(String path, int port) {
	}

	record ImageUser(long uid, long gid) {
	}

	/** An {@code ENV NAME=value} of the Dockerfile's last stage. */
	private static String imageEnv(String name) {
		String dockerfile = KubernetesManifests.read(Path.of("Dockerfile"));
		String lastStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
		Matcher env = Pattern.compile("(?m)^ENV\\s+" + Pattern.quote(name) + "=(\\S+)\\s*$").matcher(lastStage);
		assertThat(env.find()).as("the Dockerfile's last stage sets " + name).isTrue();
		return env.group(1);
	}

	/** The final stage's {@code USER uid:gid}, which must be the user it creates. */
	private static ImageUser imageUser() {
		String dockerfile = KubernetesManifests.read(Path.of("Dockerfile"));
		String lastStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
		Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+):(\\d+)\\s*$").matcher(lastStage);
		assertThat(user.find()).as("the Dockerfile's last stage says USER uid:gid").isTrue();
		ImageUser image = new ImageUser(Long.parseLong(user.group(1)), Long.parseLong(user.group(2)));
		assertThat(lastStage).contains("--uid " + image.uid()).contains("--gid " + image.gid());
		assertThat(image.uid()).isNotZero();
		return image;
	}

	static {
		assertThat(Files.isDirectory(KubernetesManifests.ROOT)).as("run from the project folder").isTrue();
	}

}
