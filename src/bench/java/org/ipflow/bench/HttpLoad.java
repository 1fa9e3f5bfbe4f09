package org.ipflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.shared.CreditCode;

/**
 * Drives a running IPFlow over HTTP as its clients do: enterprises (HTTP Basic JSON API) and reviewers
 * (JSON API, and the inbox and task pages as a browser fetches them with a session cookie).
 *
 * <p>Per level of concurrency, three closed-loop phases of the same length:
 * <ul>
 * <li>{@code enterprise}: create a draft, save it again, upload the one required document (makes drafts ready);
 * <li>{@code lifecycle}: submit a ready draft, then three times claim, complete and read the application's
 *     detail for the next task: the same engine work as one lifecycle of {@link EngineBaseline};
 * <li>{@code read}: the reviewer's inbox (API, and the page with a filter), a task page, an application's
 *     detail, "done by me", the staff list of applications.
 * </ul>
 * Arguments: base-url "1,4,16" seconds history-size phases (e.g. "enterprise,lifecycle,read").
 */
public final class HttpLoad {

    static final String PROGRAMME = "bench-three-reviews";
    static final String PASSWORD = "Quarry-lantern-7294";
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PDF = onePagePdf();

    /** A small, well-formed one-page PDF (catalog, page tree, page, cross-reference table), as uploads are parsed. */
    static byte[] onePagePdf() {
        String[] objects = {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n").append(start).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static final AtomicLong SEQUENCE = new AtomicLong();
    static final AtomicLong ERRORS_SHOWN = new AtomicLong();

    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        HttpLoad load = new HttpLoad(args[0]);
        int[] levels = java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(args[2]);
        long history = Long.parseLong(args[3]);
        generatedHistory = history;
        List<String> phases = List.of(args[4].split(","));
        int max = java.util.Arrays.stream(levels).max().orElse(1);
        Latencies registrations = new Latencies();
        Client[] clients = new Client[max];
        for (int c = 0; c < max; c++) {
            clients[c] = load.new Client(c, registrations);
        }
        registrations.report("ipflow", "setup", history, 1, 1, "register and log in, sequential");
        // The JIT and the pools warm up first: labelled "warm-up" in the results, not to be compared.
        load.phase("warm-up", clients, Math.min(4, max), seconds, history, (client, l) -> {
            client.prepareDraft(l);
            client.lifecycle(l);
        });
        for (int level : levels) {
            if (phases.contains("enterprise") || phases.contains("lifecycle")) {
                load.phase("enterprise", clients, level, seconds, history, Client::prepareDraft);
            }
            if (phases.contains("lifecycle")) {
                load.phase("lifecycle", clients, level, seconds, history, Client::lifecycle);
            }
            if (phases.contains("read")) {
                load.phase("read", clients, level, seconds, history, Client::reads);
            }
        }
    }

    interface Step {
        void run(Client client, Latencies latencies) throws Exception;
    }

    void phase(String name, Client[] clients, int level, int seconds, long history, Step step) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[level];
        for (int c = 0; c < level; c++) {
            Client client = clients[c];
            threads[c] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        step.run(client, latencies);
                        done.incrementAndGet();
                    } catch (Exception e) {
                        if (ERRORS_SHOWN.incrementAndGet() <= 5) {
                            System.err.println(name + ": " + e);
                        }
                        if (!(e instanceof IllegalStateException)) {
                            latencies.error(name + ":" + e.getClass().getSimpleName());
                        }
                    }
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double perSecond = done.get() / (double) seconds;
        System.out.printf(Locale.ROOT, "%nipflow %s loops/s at %d clients: %.1f%n", name, level, perSecond);
        latencies.report("ipflow", name, history, level, seconds,
                String.format(Locale.ROOT, "loops_per_s=%.2f", perSecond));
        if (done.get() == 0) {
            // Every loop failed (a refused request, see the errors above): the later figures would mean nothing.
            System.err.println("HttpLoad: no " + name + " loop completed at " + level + " clients; stopping the run");
            System.exit(2);
        }
    }

    /** How many completed applications the data generator has added (numbered GEN-1 …). */
    static volatile long generatedHistory;

    /** One simulated person pair: an enterprise user and a reviewer (with a browser session). */
    final class Client {
        final String enterprise;
        final String enterpriseAuth;
        final String reviewer;
        final String reviewerAuth;
        final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        final Deque<Long> ready = new ArrayDeque<>();
        String lastTask;
        long lastApplication;

        Client(int index, Latencies latencies) throws Exception {
            enterprise = "bench" + Long.toString(System.currentTimeMillis(), 36) + "e" + index;
            enterpriseAuth = basic(enterprise, PASSWORD);
            reviewer = "reviewer" + (index % 3 + 1);
            reviewerAuth = basic(reviewer, "demo");
            String first17 = "91150100MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            Map<String, Object> body = Map.of("username", enterprise, "password", PASSWORD, "enterpriseName",
                    "基准测试企业" + index, "creditCode", first17 + CreditCode.checkCharacter(first17), "region", "150100",
                    "contactName", "王敏", "contactPhone", "0477-8581234", "email", "bench@example.org");
            send(latencies, "register", json("POST", "/api/enterprises", null, body), 201);
            login(latencies);
        }

        void login(Latencies latencies) throws Exception {
            long t = System.nanoTime();
            String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String form = "username=" + reviewer + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1),
                    StandardCharsets.UTF_8);
            var response = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login failed: " + response.statusCode());
            }
            latencies.record("login-page", System.nanoTime() - t);
        }

        void prepareDraft(Latencies latencies) throws Exception {
            long n = SEQUENCE.incrementAndGet();
            Map<String, Object> data = data("基准项目 " + n);
            JsonNode created = send(latencies, "draft", json("POST", "/api/applications", enterpriseAuth,
                    Map.of("programme", PROGRAMME, "data", Map.of("projectName", "基准项目 " + n))), 201);
            long id = created.get("id").asLong();
            send(latencies, "save-draft", json("PUT", "/api/applications/" + id, enterpriseAuth, Map.of("data", data)),
                    200);
            send(latencies, "upload", upload(id, enterpriseAuth), 201);
            ready.add(id);
        }

        void lifecycle(Latencies latencies) throws Exception {
            if (ready.isEmpty()) {
                prepareDraft(new Latencies());
            }
            long id = ready.poll();
            JsonNode detail = send(latencies, "submit", json("POST", "/api/applications/" + id + "/submit",
                    enterpriseAuth, null), 200);
            for (int step = 1; step <= 3; step++) {
                String task = detail.get("currentSteps").get(0).get("taskId").asText();
                send(latencies, "claim", json("POST", "/api/tasks/" + task + "/claim", reviewerAuth, null), 200);
                send(latencies, step == 3 ? "complete-last" : "complete", json("POST", "/api/tasks/" + task + "/complete",
                        reviewerAuth, Map.of("data", Map.of("decision", "approve", "comment", "同意"))), 200);
                detail = send(latencies, "detail", json("GET", "/api/applications/" + id, reviewerAuth, null), 200);
            }
            lastApplication = id;
        }

        void reads(Latencies latencies) throws Exception {
            JsonNode inbox = send(latencies, "inbox-api", json("GET", "/api/tasks?programme=" + PROGRAMME
                    + "&step=Task_FirstReview&sort=AGE", reviewerAuth, null), 200);
            page(latencies, "inbox-page", "/tasks?programme=" + PROGRAMME + "&step=Task_FirstReview");
            if (inbox.size() > 0) {
                JsonNode task = inbox.get(ThreadLocalRandom.current().nextInt(inbox.size()));
                page(latencies, "task-page", "/tasks/" + task.get("id").asText());
                send(latencies, "detail", json("GET", "/api/applications/" + task.get("applicationId").asLong(),
                        reviewerAuth, null), 200);
            }
            page(latencies, "done-page", "/tasks/done");
            page(latencies, "list-page", "/applications");
            // History search (staff page): an exact application number among the generated ones, and a part of
            // the generator's enterprise name, which owns every generated application.
            long n = generatedHistory > 0 ? ThreadLocalRandom.current().nextLong(1, generatedHistory + 1) : 1;
            page(latencies, "search-number", "/applications?q=GEN-" + n);
            page(latencies, "search-enterprise", "/applications?q=" + URLEncoder.encode("生成数据", StandardCharsets.UTF_8));
        }

        void page(Latencies latencies, String op, String path) throws Exception {
            long t = System.nanoTime();
            var response = browser.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                latencies.error(op + ":" + response.statusCode());
                return;
            }
            latencies.record(op, elapsed);
        }
    }

    static Map<String, Object> data(String project) {
        return Map.of("projectName", project, "projectSummary", "将专利技术用于稀土永磁电机量产",
                "patents", List.of(Map.of("patentNumber", "ZL202310123456.6", "title", "一种稀土永磁材料的制备方法",
                        "patentType", "invention", "acquisition", "transferred", "cnipaRecordNumber", "2023990000123")),
                "transferFeePaid", 200000, "totalInvestment", 3000000, "amountRequested", 50000,
                "expectedOutput", 800, "expectedJobs", 25);
    }

    HttpRequest json(String method, String path, String auth, Object body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
    }

    HttpRequest upload(long id, String auth) throws Exception {
        String boundary = "bench" + System.nanoTime();
        var out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nbusiness-licence\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"licence.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(PDF);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/applications/" + id + "/attachments"))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary="
                        + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
    }

    JsonNode send(Latencies latencies, String op, HttpRequest request, int expected) throws Exception {
        long t = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t;
        if (response.statusCode() != expected) {
            latencies.error(op + ":" + response.statusCode());
            throw new IllegalStateException(op + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        latencies.record(op, elapsed);
        JsonNode node = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
        return node;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
