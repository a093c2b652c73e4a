# Multi-stage: the SDK image builds, the ASP.NET runtime image runs as the non-root "app" user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/SahelBot/SahelBot.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY facts.db /app/facts.db
COPY docker-entrypoint.sh /app/docker-entrypoint.sh
# The shipped store is read-only in the image; moderators' and importers' writes go to a copy on the volume.
RUN mkdir -p /data && chown app:app /data && chmod 0755 /app/docker-entrypoint.sh
VOLUME /data
ENV SAHELBOT_DB=/data/facts.db \
    ASPNETCORE_URLS=http://+:8080 \
    DOTNET_gcServer=0
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/sahelbot", "health"]
ENTRYPOINT ["/app/docker-entrypoint.sh"]
CMD ["run"]
