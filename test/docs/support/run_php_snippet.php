<?php
// Runs docs/snippets/verify_webhook.php over delivery cases, one per stdin line (see
// test/docs/support/language-cases.ts for the format), and prints one verdict per line.
require __DIR__ . '/../../../docs/snippets/verify_webhook.php';

function field(string $value): string { return base64_decode($value, true); }
function items(string $value): array { return $value === '-' ? [] : array_map('field', explode(',', $value)); }

while (($line = fgets(STDIN)) !== false) {
    [$now, $tolerance, $ignore, $secrets, $publicKeys, $headers, $body] = explode(' ', rtrim($line, "\n"));
    try {
        $verifier = new WoesWebhook(items($secrets), items($publicKeys));
        $verifier->toleranceSeconds = (int) $tolerance;
        $verifier->ignoreTimestamp = $ignore === '1';
        $pairs = [];
        foreach (items($headers) as $pair) {
            [$name, $value] = explode("\n", $pair, 2);
            $pairs[$name] = $value;
        }
        $event = $verifier->verify(field($body), $pairs, (int) $now);
        echo 'ok ' . base64_encode((string) ($event['type'] ?? '')) . "\n";
    } catch (WoesWebhookError $error) {
        echo "error {$error->errorCode}\n";
    }
}
