<?php
// Verify a Woes webhook delivery (Standard Webhooks) with PHP's bundled extensions only
// (hash, json, pcre, sodium).

final class WoesWebhookError extends Exception
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct("$errorCode: $message");
    }
}

final class WoesWebhook
{
    public const TOLERANCE_SECONDS = 300; // the timestamp window, both ways
    public const MAX_BODY_BYTES = 65536; // Woes never sends a larger body
    public const SECRET_MIN_BYTES = 24;
    public const SECRET_MAX_BYTES = 64;
    public const MAX_ENTRIES = 5; // per version: one signature per key, two keys during a rotation

    private array $secrets = [];
    private array $publicKeys = [];
    public int $toleranceSeconds = self::TOLERANCE_SECONDS;
    public bool $ignoreTimestamp = false; // only to replay stored deliveries on purpose

    /** Decodes the keys once, so a bad secret fails at startup, not on a delivery. */
    public function __construct(array $secrets, array $publicKeys = [])
    {
        foreach ($secrets as $secret) {
            $key = self::decode($secret, 'whsec_');
            $size = $key === null ? 0 : strlen($key);
            if ($size < self::SECRET_MIN_BYTES || $size > self::SECRET_MAX_BYTES) {
                throw new WoesWebhookError(
                    'invalid_secret',
                    'a secret is not whsec_ + base64 of 24 to 64 bytes; copy it again',
                );
            }
            $this->secrets[] = $key;
        }
        foreach ($publicKeys as $publicKey) {
            $key = self::decode($publicKey, 'whpk_');
            if ($key === null || strlen($key) !== SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES) {
                throw new WoesWebhookError(
                    'invalid_key',
                    'a public key is not whpk_ + base64 of 32 bytes',
                );
            }
            $this->publicKeys[] = $key;
        }
        if ($this->secrets === [] && $this->publicKeys === []) {
            throw new WoesWebhookError(
                'invalid_secret',
                'no secret and no public key to verify with',
            );
        }
    }

    /**
     * $body: the raw request body, exactly as received (file_get_contents('php://input')).
     * $headers: header names (any case) to values (getallheaders()). Returns the event as an array.
     */
    public function verify(string $body, array $headers, ?int $now = null): array
    {
        if (strlen($body) > self::MAX_BODY_BYTES) {
            throw new WoesWebhookError('body_too_large', 'the body is larger than Woes ever sends');
        }
        $lower = array_change_key_case($headers, CASE_LOWER);
        foreach (['webhook-id', 'webhook-timestamp', 'webhook-signature'] as $name) {
            if (!isset($lower[$name])) {
                throw new WoesWebhookError(
                    'missing_header',
                    "the $name header is missing; forward all request headers",
                );
            }
        }
        $id = $lower['webhook-id'];
        $timestamp = $lower['webhook-timestamp'];
        $signatures = $lower['webhook-signature'];
        if (!preg_match('/^[0-9]{1,15}$/D', $timestamp)) {
            throw new WoesWebhookError(
                'malformed_header',
                'webhook-timestamp is not integer unix seconds',
            );
        }
        $signed = "$id.$timestamp.$body";
        $byVersion = ['v1' => [], 'v1a' => []];
        $entries = 0;
        foreach (explode(' ', $signatures) as $token) {
            // Two header lines joined by ", " leave a comma after an entry (base64 has none).
            if (str_ends_with($token, ',') && strpos($token, ',') < strlen($token) - 1) {
                $token = substr($token, 0, -1);
            }
            [$version, $signature] = array_pad(explode(',', $token, 2), 2, '');
            if ($version === '' || $signature === '') {
                continue; // an empty slot (repeated spaces) or not version,signature
            }
            $entries++;
            $byVersion[$version][] = $signature;
        }
        if ($entries === 0) {
            throw new WoesWebhookError(
                'malformed_header',
                'webhook-signature is not a list of version,signature',
            );
        }
        // More than Woes ever sends: refused before checking any, as every Woes library does.
        if (max(count($byVersion['v1']), count($byVersion['v1a'])) > self::MAX_ENTRIES) {
            throw new WoesWebhookError(
                'malformed_header',
                'webhook-signature carries more signatures of one version than Woes sends',
            );
        }
        $matched = false;
        // HMAC-SHA256 with each secret held (two during a rotation).
        foreach ($byVersion['v1'] as $signature) {
            foreach ($this->secrets as $key) { // comparing the text is strict
                $expected = base64_encode(hash_hmac('sha256', $signed, $key, true));
                $matched = $matched || hash_equals($expected, $signature);
            }
        }
        foreach ($byVersion['v1a'] as $signature) { // ed25519 with each public key held
            $raw = self::decodeBase64($signature);
            foreach ($this->publicKeys as $key) {
                $matched = $matched || ($raw !== null && strlen($raw) === SODIUM_CRYPTO_SIGN_BYTES
                    && sodium_crypto_sign_verify_detached($raw, $signed, $key));
            }
        } // other versions are ignored, as Standard Webhooks requires
        if (!$matched) {
            throw new WoesWebhookError(
                'no_matching_signature',
                "no signature matches: use this endpoint's secret and the raw body",
            );
        }
        $skew = (int) $timestamp - ($now ?? time());
        if (!$this->ignoreTimestamp && $skew < -$this->toleranceSeconds) {
            throw new WoesWebhookError(
                'timestamp_too_old',
                'the delivery is older than the tolerance; check your clock',
            );
        }
        if (!$this->ignoreTimestamp && $skew > $this->toleranceSeconds) {
            throw new WoesWebhookError(
                'timestamp_too_new',
                'the delivery is newer than the tolerance; check your clock',
            );
        }
        $event = json_decode($body, true); // null for invalid JSON and for invalid UTF-8
        if (!is_array($event) || array_is_list($event) && $event !== []) {
            throw new WoesWebhookError('invalid_json', 'the signed body is not a JSON object');
        }
        return $event;
    }

    private static function decode(string $value, string $prefix): ?string
    {
        if (!str_starts_with($value, $prefix)) {
            return null;
        }
        return self::decodeBase64(substr($value, strlen($prefix)));
    }

    /**
     * Canonical base64 only (standard alphabet, padded, zero trailing bits): encoding it again
     * gives the text back.
     */
    private static function decodeBase64(string $text): ?string
    {
        $raw = base64_decode($text, true);
        return $raw !== false && base64_encode($raw) === $text ? $raw : null;
    }
}
