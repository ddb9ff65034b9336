# syntax=docker/dockerfile:1
# MovieRecommender: multi-stage image.
#   docker build -t movierecommender .                      -> the web app (default, last stage "runtime")
#   docker build -t movierecommender-trainer --target trainer .  -> the one-shot training CLI
# The web app serves on port 8080 as the non-root user "app" (UID 1654) and trains the shipped demo catalog into
# the models volume on its first start (Model__TrainDemoWhenEmpty=true below; /api/health then says "catalog": "demo"
# until a real model is trained into the volume). Set it to false to have an empty volume report unhealthy instead.

ARG DOTNET_VERSION=10.0

# ---- build: restore with only the project files first, so the package layer is cached until a csproj changes ----
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
# Publishing for the image's runtime makes both programs ReadyToRun (see the csproj files): faster cold starts.
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MovieRecommender.Core/MovieRecommender.Core.csproj src/MovieRecommender.Core/
COPY src/MovieRecommender.Web/MovieRecommender.Web.csproj src/MovieRecommender.Web/
COPY src/MovieRecommender.Data/MovieRecommender.Data.csproj src/MovieRecommender.Data/
COPY src/MovieRecommender.Data.Sqlite/MovieRecommender.Data.Sqlite.csproj src/MovieRecommender.Data.Sqlite/
COPY src/MovieRecommender.Data.Postgres/MovieRecommender.Data.Postgres.csproj src/MovieRecommender.Data.Postgres/
COPY src/MovieRecommender.Analytics/MovieRecommender.Analytics.csproj src/MovieRecommender.Analytics/
COPY src/MovieRecommender.Training/MovieRecommender.Training.csproj src/MovieRecommender.Training/
RUN rid="linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)" && echo "$rid" > /tmp/rid \
 && dotnet restore src/MovieRecommender.Web/MovieRecommender.Web.csproj -r "$rid" \
 && dotnet restore src/MovieRecommender.Training/MovieRecommender.Training.csproj -r "$rid"
COPY src/ src/
COPY data/demo/ data/demo/
RUN rid="$(cat /tmp/rid)" \
 && dotnet publish src/MovieRecommender.Web -c Release -r "$rid" --self-contained false -o /app --no-restore \
 && dotnet publish src/MovieRecommender.Training -c Release -r "$rid" --self-contained false -o /trainer --no-restore

# ---- trainer: `docker compose --profile train run --rm trainer train --input /data/... --output /app/models/current` ----
FROM mcr.microsoft.com/dotnet/runtime:${DOTNET_VERSION} AS trainer
WORKDIR /trainer
COPY --from=build /trainer ./
# The demo catalog, so the compose "scale" profile can publish a first model without any data mounted.
COPY --from=build /src/data/demo ./data/demo
RUN mkdir -p /app/models && chown -R "$APP_UID" /app/models
USER $APP_UID
ENTRYPOINT ["dotnet", "/trainer/MovieRecommender.Training.dll"]
CMD ["--help"]

# ---- runtime: the web app ----
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
# curl only serves the HEALTHCHECK: the aspnet image has neither curl nor wget, and a probe written in the app
# itself would mean a second entry point to maintain. A few MB buys a plain, well-understood check.
# fontconfig and a font let SkiaSharp draw the text of share cards (/share/...).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libfontconfig1 fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The demo catalog ships in the image so a fresh container can serve something before any real training.
COPY --from=build /src/data/demo ./data/demo
# Models live one level below the volume root: publishing a model renames a temp folder onto the target,
# and a mount point itself cannot be renamed or replaced.
RUN mkdir -p /app/models/current /app/logs /app/db && chown -R "$APP_UID" /app/models /app/logs /app/db
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_ENVIRONMENT=Production \
    Model__Directory=/app/models/current \
    Model__TrainDemoWhenEmpty=true
# /app/db holds the SQLite accounts and analytics databases (accounts.db, analytics.db; the sqlite default).
VOLUME ["/app/models", "/app/logs", "/app/db"]
EXPOSE 8080
USER $APP_UID
# 503 while the model loads or trains (start-period covers training the demo catalog), 200 once healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl --fail --silent --show-error --max-time 4 http://127.0.0.1:8080/api/health || exit 1
ENTRYPOINT ["dotnet", "MovieRecommender.Web.dll"]
