# The site as a container image: built from source, run as a non-root user, started with a CDS archive.
#   docker build -t digital-government-efforts .
# Any Debian-based JDK/JRE image with a shell and useradd can replace the Temurin defaults:
#   --build-arg BUILDER_IMAGE=… --build-arg RUNTIME_IMAGE=…
ARG BUILDER_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILDER_IMAGE} AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
# The Maven repository (and the wrapper's Maven) stay in a build cache, so a rebuild downloads nothing.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
    && cp target/digital-government-efforts-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM ${RUNTIME_IMAGE}
# A fixed uid/gid, so orchestrators can enforce runAsNonRoot and volumes can be permissioned ahead of time.
RUN groupadd --system --gid 10001 efforts \
    && useradd --system --uid 10001 --gid efforts --home-dir /nonexistent --no-create-home \
       --shell /usr/sbin/nologin efforts
WORKDIR /application
# One image layer per Spring Boot layer, least to most often changed.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# Training run (Spring Boot's CDS recipe): starts the context offline, exits after refresh, archives loaded classes.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Xlog:cds=error -Dspring.context.exit=onRefresh -jar application.jar \
    && test -s application.jsa
USER 10001:10001
EXPOSE 8080
# Heap sized from the container's memory limit; the JVM stops rather than limps on after running out of memory.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", \
    "-XX:SharedArchiveFile=application.jsa", "-jar", "application.jar"]
