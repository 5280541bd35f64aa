/** The largest request body any endpoint accepts (Slack and Teams payloads are far smaller). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's own rule: a request stamped more than 5 minutes from now, either way, is refused. */
export const SLACK_TIMESTAMP_WINDOW_MS = 5 * 60_000;
/** How long delivered event, trigger and activity ids are remembered to drop redeliveries. */
export const DELIVERY_ID_TTL_MS = 24 * 60 * 60_000;
