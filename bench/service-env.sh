# Sourced by the benchmarks: the settings every benchmark starts a build of the service with, as production would run
# it but with the rate limits off, a throwaway signing secret, the test key's JWT issuer, and the email and webhook
# workers off (the outbox is written, nothing is sent).
#   service_env HTTP_PORT MANAGEMENT_PORT JDBC_URL   sets SERVICE_ENV, for: env "${SERVICE_ENV[@]}" java ...
service_env() {
    SERVICE_ENV=(
        "QUARKUS_HTTP_PORT=$1"
        "QUARKUS_MANAGEMENT_PORT=$2"
        "QUARKUS_DATASOURCE_JDBC_URL=$3"
        QUARKUS_DATASOURCE_USERNAME=postgres
        QUARKUS_DATASOURCE_PASSWORD=bench
        CONSULT_HTTP_RATE_LIMIT_ENABLED=false
        "CONSULT_SIGNING_SECRET=bench-only-$(head -c 24 /dev/urandom | base64)"
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$PWD/src/test/resources/jwt/publicKey.pem"
        MP_JWT_VERIFY_ISSUER=urn:clinic:consult:bench
        MP_JWT_VERIFY_AUDIENCES=consult-api
        "QUARKUS_MAILER_FROM=Clinic <no-reply@clinic.example>"
        CONSULT_MAIL_PUBLIC_BASE_URL=https://www.clinic.example
        CONSULT_BRAND_NAME=Clinic
        CONSULT_CALENDAR_BASE_URL=https://api.clinic.example
        CONSULT_MAIL_CLINIC_INBOX=frontdesk@clinic.example
        CONSULT_MAIL_DELIVERY_POLL_EVERY=off
        CONSULT_WEBHOOKS_POLL_EVERY=off
    )
}
