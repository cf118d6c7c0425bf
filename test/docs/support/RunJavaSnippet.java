// Runs docs/snippets/WoesWebhook.java over delivery cases, one per stdin line (see
// test/docs/support/language-cases.ts for the format), and prints one verdict per line:
// `text <base64>` for a verified body (the test parses it as JSON, as your JSON library would).
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class RunJavaSnippet {
    private static String field(String value) {
        return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }

    private static List<String> items(String value) {
        List<String> items = new ArrayList<>();
        if (!value.equals("-")) for (String item : value.split(",")) items.add(field(item));
        return items;
    }

    public static void main(String[] args) throws Exception {
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            String[] fields = line.split(" ", -1);
            try {
                WoesWebhook verifier = new WoesWebhook(items(fields[3]), items(fields[4]));
                verifier.toleranceSeconds = Long.parseLong(fields[1]);
                verifier.ignoreTimestamp = fields[2].equals("1");
                // Header names are case-insensitive, as a servlet container treats them.
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String pair : items(fields[5])) headers.put(pair.substring(0, pair.indexOf('\n')), pair.substring(pair.indexOf('\n') + 1));
                String text = verifier.verify(Base64.getDecoder().decode(fields[6]), headers::get, Long.parseLong(fields[0]));
                System.out.println("text " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            } catch (WoesWebhook.VerificationException error) {
                System.out.println("error " + error.code);
            }
        }
    }
}
