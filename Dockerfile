# The site as a container image: built from source, run by a Java runtime linked for it (jlink) on a slim Debian, as a
# non-root user, started from an AOT cache.
#   docker build -t digital-government-efforts .
# Other images can replace the defaults: a JDK 25+ to build in and link the runtime from (with its jmods, or a
# linkable run-time image as Temurin's; Debian's jlink also needs binutils), and any glibc system with a shell and
# useradd to run on (it needs no Java of its own): --build-arg BUILDER_IMAGE=… --build-arg RUNTIME_IMAGE=…
ARG BUILDER_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=debian:trixie-slim

FROM ${BUILDER_IMAGE} AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
# The history is read at build time only, for the date each embedded content file last changed; it never reaches the
# runtime image.
COPY .git/ .git/
# The Maven repository (and the wrapper's Maven) stay in a build cache, so a rebuild downloads nothing.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
    && cp target/digital-government-efforts-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination extracted
# A runtime of only the modules that the application and its dependencies use, as jdeps reads them off their classes
# (java.desktop is there for java.beans, which Spring uses; no AWT library is ever loaded), without debug symbols,
# man pages or headers. It has no default CDS archive: the AOT cache made below holds every class a start loads, and
# the JVM uses it with any heap size or collector, so the JDK's two archives would only add 29 MB.
RUN modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 25 \
        --class-path 'extracted/dependencies/lib/*:extracted/snapshot-dependencies/lib/*' \
        extracted/application/application.jar)" \
    && echo "jlink --add-modules $modules" \
    && jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
       --output /opt/java
# Images (issue 23). A JDK whose image libraries use the system's (Debian's: libjpeg, liblcms2; Temurin's need none)
# gets those beside them, where they look first ($ORIGIN). libwebp, inside webp-imageio's jar, is put where Java
# finds libraries (/usr/lib): its loader copies it to /tmp first, which a container may mount noexec, and then
# falls back to that one.
RUN for lib in $(ldd /opt/java/lib/libjavajpeg.so /opt/java/lib/liblcms.so /opt/java/lib/libawt.so \
        /opt/java/lib/libawt_headless.so /opt/java/lib/libmlib_image.so | awk '$3 ~ /^\// { print $3 }' | sort -u); do \
      case "$lib" in /opt/java/*|*/libc.so*|*/libm.so*|*/libdl.so*|*/libpthread.so*|*/ld-linux*) ;; \
        *) cp -Ln "$lib" /opt/java/lib/ && echo "runtime needs $lib" ;; esac; \
    done \
    && mkdir -p /opt/native && cd /opt/native \
    && jar xf /build/extracted/dependencies/lib/webp-imageio-*.jar "native/Linux/$(uname -m)/libwebp-imageio.so" \
    && mv "native/Linux/$(uname -m)/libwebp-imageio.so" . && rm -r native

FROM ${RUNTIME_IMAGE}
# A fixed uid/gid, so orchestrators can enforce runAsNonRoot and volumes can be permissioned ahead of time.
# /data holds the feedback database's file (an embedded H2 unless SPRING_DATASOURCE_URL names PostgreSQL): on a
# read-only root, mount a writable volume there.
RUN groupadd --system --gid 10001 efforts \
    && useradd --system --uid 10001 --gid efforts --home-dir /nonexistent --no-create-home \
       --shell /usr/sbin/nologin efforts \
    && mkdir /data && chown 10001:10001 /data
COPY --from=build /opt/java/ /opt/java/
COPY --from=build /opt/native/libwebp-imageio.so /usr/lib/
ENV JAVA_HOME=/opt/java
ENV PATH=/opt/java/bin:$PATH
WORKDIR /application
# One image layer per Spring Boot layer, least to most often changed.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# A fixed small heap and the serial collector keep the whole process under 288 MB of RSS under load
# (docs/benchmarks.md); operators may replace them, e.g. -e JAVA_OPTS="-XX:MaxRAMPercentage=60".
ENV JAVA_OPTS="-Xmx128m -XX:+UseSerialGC"
# Training run (Spring Boot's recipe), with the linked runtime that will run the site: starts the context offline and
# exits after refresh; the JVM then writes an AOT cache of the classes it loaded and linked, which halves the JVM's
# part of a start (docs/benchmarks.md).
RUN java --sun-misc-unsafe-memory-access=allow $JAVA_OPTS -XX:AOTCacheOutput=application.aot -Xlog:aot=error -Dspring.context.exit=onRefresh \
       -jar application.jar \
    && test -s application.aot
ENV SITE_FEEDBACK_DIRECTORY=/data
USER 10001:10001
# 8080: the site; 8081: the actuator (health and Prometheus metrics), for the monitoring system only
EXPOSE 8080 8081
# Tomcat frees its direct buffers through sun.misc.Unsafe, which Java 24+ warns about on stderr, outside JSON logs.
# exec: java becomes PID 1 and gets SIGTERM itself; it stops rather than limps on after running out of memory.
# It writes only to /tmp (its perf data, Tomcat's work folders) and /data (feedback), so the root filesystem can be
# read-only.
ENTRYPOINT ["/bin/sh", "-c", "exec java --sun-misc-unsafe-memory-access=allow -XX:AOTCache=application.aot -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar application.jar \"$@\"", "java"]
