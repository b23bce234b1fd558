import fs from "node:fs";
const d = JSON.parse(fs.readFileSync(".generated/openapi.json"));
function t(s, depth = 0) {
  if (!s) return "?";
  if (s.$ref) return s.$ref.split("/").pop();
  if (s.anyOf || s.oneOf) return (s.anyOf || s.oneOf).map((x) => t(x, depth)).join("|");
  if (s.enum) return "enum(" + s.enum.join(",") + ")";
  if (s.const !== undefined) return JSON.stringify(s.const);
  let extra = [s.format, !s.format && s.pattern && "pat:" + s.pattern, s.minimum !== undefined && "min" + s.minimum, s.maximum !== undefined && s.maximum < 1e9 && "max" + s.maximum, s.maxLength && "maxL" + s.maxLength, s.minLength && "minL" + s.minLength].filter(Boolean).join(" ");
  if (s.type === "object") {
    if (!s.properties) return "{" + (s.additionalProperties ? "[k]:" + t(s.additionalProperties, depth) : "") + "}";
    const req = new Set(s.required || []);
    return "{" + Object.entries(s.properties).map(([k, v]) => k + (req.has(k) ? "" : "?") + ":" + t(v, depth + 1)).join(", ") + (s.additionalProperties === false ? "" : ", …") + "}";
  }
  if (s.type === "array") return t(s.items, depth) + "[]";
  return (Array.isArray(s.type) ? s.type.join("|") : s.type) + (extra ? "(" + extra + ")" : "");
}
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
for (const [p, ms] of Object.entries(d.paths)) for (const [m, o] of Object.entries(ms)) {
  if (only && !only.test(o.operationId)) continue;
  const ok = Object.keys(o.responses)[0];
  console.log(`## ${o.operationId} ${m.toUpperCase()} ${p} -> ${ok}`);
  if (o.parameters?.length) console.log("  params: " + o.parameters.map((x) => x.in[0] + ":" + x.name + ":" + t(x.schema)).join(", "));
  const b = o.requestBody?.content?.["application/json"]?.schema;
  if (b) console.log("  body: " + t(b));
  const r = o.responses[ok].content?.["application/json"]?.schema;
  if (r) console.log("  resp: " + t(r));
}
