# The site as a container image: built from source, run as a non-root user, started from an AOT cache.
#   docker build -t digital-government-efforts .
# Any Debian-based image with a shell and useradd can replace the Temurin defaults, a JDK 17+ to build and a
# Java 25+ runtime (the AOT cache needs it): --build-arg BUILDER_IMAGE=… --build-arg RUNTIME_IMAGE=…
ARG BUILDER_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

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
# A fixed small heap and the serial collector keep the whole process under 256 MB of RSS under load
# (docs/benchmarks.md); operators may replace them, e.g. -e JAVA_OPTS="-XX:MaxRAMPercentage=60".
ENV JAVA_OPTS="-Xmx128m -XX:+UseSerialGC"
# Training run (Spring Boot's recipe): starts the context offline and exits after refresh; the JVM then writes an
# AOT cache of the classes it loaded and linked, which makes a start about 40% faster than without it.
RUN java $JAVA_OPTS -XX:AOTCacheOutput=application.aot -Xlog:aot=error -Dspring.context.exit=onRefresh \
       -jar application.jar \
    && test -s application.aot
USER 10001:10001
EXPOSE 8080
# exec: java becomes PID 1 and gets SIGTERM itself; it stops rather than limps on after running out of memory.
ENTRYPOINT ["/bin/sh", "-c", "exec java -XX:AOTCache=application.aot -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar application.jar \"$@\"", "java"]
