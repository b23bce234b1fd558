import { type OperationExample, RECORD, stamps } from "./shared";

const unverified = { verified: false, verifiedBy: null, verifiedAt: null };

/** One record of each kind: the body that creates it and the record the API answers. */
export const RECORD_SAMPLES: Record<string, { create: Record<string, unknown>; extra?: object }> = {
  Activities: {
    create: {
      id: RECORD,
      date: "2026-03-14",
      minutes: 90,
      kind: "course",
      title: "Fast.ai lesson 3: neural network foundations",
      path: "online",
      skills: ["python", "pytorch"],
      notes: "Finished the notebook; the SGD section is worth a second pass.",
      url: "https://course.fast.ai/Lessons/lesson3.html",
    },
  },
  Certifications: {
    create: {
      id: RECORD,
      name: "AWS Certified Machine Learning – Specialty",
      issuer: "Amazon Web Services",
      status: "earned",
      issuedOn: "2026-02-20",
      expiresOn: "2029-02-20",
      credentialId: "AWS-MLS-123456",
      credentialUrl: "https://www.credly.com/badges/0000-example",
      skills: ["aws"],
    },
    extra: { ...unverified, expired: false, expiringSoon: false },
  },
  Projects: {
    create: {
      id: RECORD,
      title: "Drift monitor for a churn model",
      summary: "Weekly data-drift report with Evidently, alerting when PSI exceeds 0.2.",
      repoUrl: "https://github.com/example/drift-monitor",
      demoUrl: null,
      status: "shipped",
      openSource: true,
      track: "mlops",
      skills: ["python", "sql"],
    },
    extra: unverified,
  },
  Papers: {
    create: {
      id: RECORD,
      title: "Attention Is All You Need",
      url: "https://arxiv.org/abs/1706.03762",
      status: "read",
      readOn: "2026-03-10",
      topic: null,
      notes: "Multi-head attention; positional encodings.",
    },
  },
  Events: {
    create: {
      id: RECORD,
      title: "MLOps Community meetup, Berlin",
      kind: "meetup",
      date: "2026-03-05",
      url: "https://mlops.community/",
      notes: null,
    },
  },
};

export function recordExamples(): Record<string, OperationExample> {
  const out: Record<string, OperationExample> = {};
  for (const [kind, { create, extra }] of Object.entries(RECORD_SAMPLES)) {
    const fields = Object.fromEntries(Object.entries(create).filter(([k]) => k !== "id"));
    const record = { ...fields, ...stamps, ...extra };
    out[`list${kind}`] = { response: { items: [record], nextCursor: null } };
    out[`create${kind}`] = { request: create, response: record };
    out[`get${kind}`] = { response: record };
    const [field, value] = Object.entries(fields).find(([k]) => k === "title" || k === "name")!;
    out[`update${kind}`] = {
      request: { [field]: `${value as string} (revised)` },
      response: { ...record, [field]: `${value as string} (revised)` },
    };
    out[`remove${kind}`] = {};
  }
  return out;
}
