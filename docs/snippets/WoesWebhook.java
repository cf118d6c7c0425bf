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
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class WoesWebhook {
    public static final long TOLERANCE_SECONDS = 300; // the timestamp window, both ways
    public static final int MAX_BODY_BYTES = 65536; // Woes never sends a larger body
    // Padded standard base64 only: Java's decoder also takes unpadded text, so check first.
    private static final Pattern CANONICAL_BASE64 = Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
    // The DER header of an ed25519 public key, before its 32 raw bytes.
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

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
            if (key == null || key.length < 24 || key.length > 64) throw new VerificationException("invalid_secret", "a secret is not whsec_ + base64 of 24 to 64 bytes; copy it again");
            this.secrets.add(key);
        }
        for (String publicKey : publicKeys) {
            byte[] key = decode(publicKey, "whpk_");
            if (key == null || key.length != 32) throw new VerificationException("invalid_key", "a public key is not whpk_ + base64 of 32 bytes");
            byte[] der = ByteBuffer.allocate(44).put(ED25519_SPKI_PREFIX).put(key).array();
            try {
                this.publicKeys.add(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
            } catch (GeneralSecurityException error) {
                throw new VerificationException("invalid_key", "a public key is not an ed25519 key");
            }
        }
        if (this.secrets.isEmpty() && this.publicKeys.isEmpty()) throw new VerificationException("invalid_secret", "no secret and no public key to verify with");
    }

    /**
     * body: the raw request body, exactly as received. header: looks a header up by name, in any
     * case, null when absent (a servlet's request::getHeader). Returns the verified body as text.
     */
    public String verify(byte[] body, UnaryOperator<String> header, long nowSeconds) throws VerificationException, GeneralSecurityException {
        if (body.length > MAX_BODY_BYTES) throw new VerificationException("body_too_large", "the body is larger than Woes ever sends");
        String[] values = new String[3];
        String[] names = {"webhook-id", "webhook-timestamp", "webhook-signature"};
        for (int i = 0; i < names.length; i++) {
            values[i] = header.apply(names[i]);
            if (values[i] == null) throw new VerificationException("missing_header", "the " + names[i] + " header is missing; forward all request headers");
        }
        String id = values[0], timestamp = values[1];
        if (!timestamp.matches("[0-9]{1,15}")) throw new VerificationException("malformed_header", "webhook-timestamp is not integer unix seconds");
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
        int entries = 0;
        boolean matched = false;
        for (String entry : values[2].split(" ")) {
            int comma = entry.indexOf(',');
            if (comma <= 0 || comma == entry.length() - 1) continue; // an empty slot or not version,signature
            entries++;
            String version = entry.substring(0, comma), signature = entry.substring(comma + 1);
            if (version.equals("v1")) { // HMAC-SHA256 with each secret held (two during a rotation)
                for (byte[] key : secrets) {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(key, "HmacSHA256"));
                    byte[] expected = Base64.getEncoder().encode(mac.doFinal(signed));
                    matched |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
                }
            } else if (version.equals("v1a") && CANONICAL_BASE64.matcher(signature).matches()) { // ed25519
                byte[] raw = Base64.getDecoder().decode(signature);
                for (PublicKey key : publicKeys) {
                    Signature verifier = Signature.getInstance("Ed25519");
                    verifier.initVerify(key);
                    verifier.update(signed);
                    matched |= raw.length == 64 && verifier.verify(raw);
                }
            } // other versions are ignored, as Standard Webhooks requires
        }
        if (entries == 0) throw new VerificationException("malformed_header", "webhook-signature is not a list of version,signature");
        if (!matched) throw new VerificationException("no_matching_signature", "no signature matches: use this endpoint's secret and the raw body");
        long skew = Long.parseLong(timestamp) - nowSeconds;
        if (!ignoreTimestamp && skew < -toleranceSeconds) throw new VerificationException("timestamp_too_old", "the delivery is older than the tolerance; check your clock");
        if (!ignoreTimestamp && skew > toleranceSeconds) throw new VerificationException("timestamp_too_new", "the delivery is newer than the tolerance; check your clock");
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString(); // strict: rejects invalid UTF-8
        } catch (CharacterCodingException error) {
            throw new VerificationException("invalid_json", "the signed body is not UTF-8");
        }
    }

    private static byte[] decode(String value, String prefix) {
        if (!value.startsWith(prefix) || !CANONICAL_BASE64.matcher(value.substring(prefix.length())).matches()) return null;
        return Base64.getDecoder().decode(value.substring(prefix.length()));
    }
}
