-- wrk script for the public question intake (POST /api/v1/public/{organisation}/questions).
-- Every request is a different, valid question from a different person: the e-mail address is unique per
-- thread and request, the language, subject, body length and category vary. Any status other than 201 is
-- counted as an error and reported by done(), since wrk itself only counts non-2xx/3xx loosely.
-- Usage: wrk -s intake.lua http://127.0.0.1:PORT/api/v1/public/SLUG/questions

local threads = {}
local next_thread_id = 1

function setup(thread)
  thread:set("id", next_thread_id)
  next_thread_id = next_thread_id + 1
  table.insert(threads, thread)
end

local languages = { "fr", "nl", "de", "en" }
local subjects = {
  "Allocation familiale", "Changement d'adresse", "Attestation de revenus", "Kinderbijslag",
  "Adreswijziging", "Bescheinigung", "Income certificate", "Question about my file",
}
local words = { "bonjour", "dossier", "demande", "attestation", "vraag", "aanvraag", "Antrag", "please",
  "document", "payment", "date", "merci", "dank", "Danke", "thanks", "number" }

counter = 0
created = 0
errors = 0
statuses = {}

function init(args)
  math.randomseed(id * 7919)
  -- The registration numbers of accepted questions, one per line, to check afterwards that each is stored.
  accepted = io.open(os.getenv("BENCH_ACCEPTED") .. "." .. id, "a")
  accepted:setvbuf("line")
end

local function body_text()
  local n = math.random(8, 120)
  local parts = {}
  for i = 1, n do parts[i] = words[math.random(#words)] end
  return table.concat(parts, " ")
end

function request()
  counter = counter + 1
  local language = languages[math.random(#languages)]
  local category = ""
  if math.random(4) == 1 then category = ',"category":"allowances"' end
  local body = string.format(
    '{"name":"Person %d-%d","email":"p%d-%d@bench.example.test","phone":"+32 2 %03d %02d %02d","language":"%s","subject":"%s %d","body":"%s"%s}',
    id, counter, id, counter, math.random(999), math.random(99), math.random(99), language,
    subjects[math.random(#subjects)], counter, body_text(), category)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    accepted:write(body:match('"registrationNumber":"([%d-]+)"'), "\n")
  else
    errors = errors + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  -- Runs in the main thread: the per-thread files are flushed when wrk exits.
  local total_created, total_errors = 0, 0
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_errors = total_errors + thread:get("errors")
  end
  io.write(string.format("created=%d\nerrors=%d\n", total_created, total_errors))
  io.write(string.format("p50_ms=%.2f\np90_ms=%.2f\np99_ms=%.2f\nmax_ms=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("rps=%.1f\n", summary.requests / (summary.duration / 1e6)))
end
