// Verify a Woes webhook delivery (Standard Webhooks) with the Java 17 standard library only.
// It returns the verified body as text: parse it with the JSON library you already use
// (Jackson: objectMapper.readTree(text)); a parse failure there means invalid_json.
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class WoesWebhook {
    public static final long TOLERANCE_SECONDS = 300; // the timestamp window, both ways
    public static final int MAX_BODY_BYTES = 65536; // Woes never sends a larger body
    // Per version: one signature per key, two keys during a rotation.
    public static final int MAX_ENTRIES = 5;
    // The DER header of an ed25519 public key, before its 32 raw bytes.
    private static final byte[] ED25519_SPKI_PREFIX =
        HexFormat.of().parseHex("302a300506032b6570032100");

    /** A failed check, with a stable code (missing_header, no_matching_signature, ...). */
    public static final class VerificationException extends Exception {
        public final String code;

        VerificationException(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }
    }

    private final List<byte[]> secrets = new ArrayList<>();
    private final List<PublicKey> publicKeys = new ArrayList<>();
    public long toleranceSeconds = TOLERANCE_SECONDS;
    public boolean ignoreTimestamp = false; // only to replay stored deliveries on purpose

    /** Decodes the keys once, so a bad secret fails at startup, not on a delivery. */
    public WoesWebhook(List<String> secrets, List<String> publicKeys) throws VerificationException {
        for (String secret : secrets) {
            byte[] key = decode(secret, "whsec_");
            if (key == null || key.length < 24 || key.length > 64) {
                throw new VerificationException(
                    "invalid_secret",
                    "a secret is not whsec_ + base64 of 24 to 64 bytes; copy it again");
            }
            this.secrets.add(key);
        }
        for (String publicKey : publicKeys) {
            byte[] key = decode(publicKey, "whpk_");
            if (key == null || key.length != 32) {
                throw new VerificationException(
                    "invalid_key", "a public key is not whpk_ + base64 of 32 bytes");
            }
            byte[] der = ByteBuffer.allocate(44).put(ED25519_SPKI_PREFIX).put(key).array();
            try {
                KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
                this.publicKeys.add(ed25519.generatePublic(new X509EncodedKeySpec(der)));
            } catch (GeneralSecurityException error) {
                throw new VerificationException(
                    "invalid_key", "a public key is not an ed25519 key");
            }
        }
        if (this.secrets.isEmpty() && this.publicKeys.isEmpty()) {
            throw new VerificationException(
                "invalid_secret", "no secret and no public key to verify with");
        }
    }

    /**
     * body: the raw request body, exactly as received. header: looks a header up by name, in any
     * case, and returns every line of it joined with ", ", or null when absent. A servlet's
     * request::getHeader returns only the first line of a repeated header, so join them:
     * name -> {
     *     var lines = Collections.list(request.getHeaders(name));
     *     return lines.isEmpty() ? null : String.join(", ", lines);
     * }
     * Returns the verified body as text.
     */
    public String verify(byte[] body, UnaryOperator<String> header, long nowSeconds)
            throws VerificationException, GeneralSecurityException {
        if (body.length > MAX_BODY_BYTES) {
            throw new VerificationException(
                "body_too_large", "the body is larger than Woes ever sends");
        }
        String[] values = new String[3];
        String[] names = {"webhook-id", "webhook-timestamp", "webhook-signature"};
        for (int i = 0; i < names.length; i++) {
            values[i] = header.apply(names[i]);
            if (values[i] == null) {
                throw new VerificationException(
                    "missing_header",
                    "the " + names[i] + " header is missing; forward all request headers");
            }
        }
        String id = values[0], timestamp = values[1];
        if (!timestamp.matches("[0-9]{1,15}")) {
            throw new VerificationException(
                "malformed_header", "webhook-timestamp is not integer unix seconds");
        }
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed =
            ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
        int entries = 0;
        List<String> v1 = new ArrayList<>(), v1a = new ArrayList<>();
        for (String token : values[2].split(" ")) {
            // Two header lines joined by ", " leave a comma after an entry (base64 has none).
            if (token.endsWith(",") && token.indexOf(',') < token.length() - 1) {
                token = token.substring(0, token.length() - 1);
            }
            int comma = token.indexOf(',');
            // An empty slot or not version,signature.
            if (comma <= 0 || comma == token.length() - 1) continue;
            entries++;
            String version = token.substring(0, comma), signature = token.substring(comma + 1);
            if (version.equals("v1")) v1.add(signature);
            else if (version.equals("v1a")) v1a.add(signature);
            // Other versions are ignored, as Standard Webhooks requires.
        }
        if (entries == 0) {
            throw new VerificationException(
                "malformed_header", "webhook-signature is not a list of version,signature");
        }
        // More than Woes ever sends: refused before checking any, as every Woes library does.
        if (v1.size() > MAX_ENTRIES || v1a.size() > MAX_ENTRIES) {
            throw new VerificationException(
                "malformed_header",
                "webhook-signature carries more signatures of one version than Woes sends");
        }
        boolean matched = false;
        for (String signature : v1) { // HMAC-SHA256 with each secret held (two during a rotation)
            for (byte[] key : secrets) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                // Comparing the text is strict.
                byte[] expected = Base64.getEncoder().encode(mac.doFinal(signed));
                byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
                matched |= MessageDigest.isEqual(expected, given);
            }
        }
        for (String signature : v1a) { // ed25519 with each public key held
            byte[] raw = decodeBase64(signature);
            for (PublicKey key : publicKeys) {
                matched |= raw != null && raw.length == 64 && ed25519Verifies(key, signed, raw);
            }
        }
        if (!matched) {
            throw new VerificationException(
                "no_matching_signature",
                "no signature matches: use this endpoint's secret and the raw body");
        }
        long skew = Long.parseLong(timestamp) - nowSeconds;
        if (!ignoreTimestamp && skew < -toleranceSeconds) {
            throw new VerificationException(
                "timestamp_too_old", "the delivery is older than the tolerance; check your clock");
        }
        if (!ignoreTimestamp && skew > toleranceSeconds) {
            throw new VerificationException(
                "timestamp_too_new", "the delivery is newer than the tolerance; check your clock");
        }
        try {
            // Strict: rejects invalid UTF-8.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException error) {
            throw new VerificationException("invalid_json", "the signed body is not UTF-8");
        }
    }

    private static boolean ed25519Verifies(PublicKey key, byte[] signed, byte[] raw)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(signed);
        try {
            return verifier.verify(raw);
        } catch (SignatureException error) {
            // Bytes that are no ed25519 signature at all ("Invalid point"): no match, not a crash.
            return false;
        }
    }

    private static byte[] decode(String value, String prefix) {
        return value.startsWith(prefix) ? decodeBase64(value.substring(prefix.length())) : null;
    }

    /**
     * Canonical base64 only (standard alphabet, padded, zero trailing bits): encoding it again
     * gives the text back.
     */
    private static byte[] decodeBase64(String text) {
        try {
            byte[] raw = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(raw).equals(text) ? raw : null;
        } catch (IllegalArgumentException error) {
            return null;
        }
    }
}
