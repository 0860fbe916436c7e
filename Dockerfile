# Builds the application from this repository and runs it; see docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 staffcareers
WORKDIR /app
COPY --from=build /src/target/staff-careers-*.jar /app/staff-careers.jar
USER staffcareers
# The engine's nightly history clean-up window (01:00-04:00) is read in the server's time zone: London's.
ENV TZ=Europe/London
EXPOSE 8080
# The models (processes/, forms/) travel inside the jar; mount a folder and set STAFFCAREERS_MODELS_DIR to override.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/staff-careers.jar"]
