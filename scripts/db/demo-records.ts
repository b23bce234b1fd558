import { rebuildActivityDays } from "@/lib/activities/rollup";
import { addDaysTo, todayIn } from "@/lib/dates";
import { nameBasedUuid } from "@/lib/ids";
import { bumpDataRevision } from "@/lib/progress/data-revision";
import type { Database, Transaction } from "@/db/client";
import {
  activities,
  certifications,
  events,
  papers,
  projects,
  skillRatingHistory,
  skillRatings,
} from "@/db/schema";

/** A stable UUID per demo row, so re-running the seed inserts nothing twice. */
export const demoId = (name: string) => nameBasedUuid(`epoch-demo:${name}`);

const LEVELS: Record<string, number[]> = {
  // Oldest first; the last is the current level.
  python: [1, 2, 3],
  r: [1],
  sql: [1, 2],
  pytorch: [1, 2],
  tensorflow: [1],
  aws: [1, 2],
  spark: [1],
  "linear-algebra": [1, 2],
  calculus: [2],
  probability: [1, 2],
  "model-selection": [2],
  "hyperparameter-tuning": [1],
  "model-deployment": [1],
  communication: [2],
  "continuous-learning": [3],
};

const SESSIONS = [
  {
    title: "fast.ai Practical Deep Learning, lesson",
    kind: "course",
    path: "online",
    skills: ["pytorch", "python"],
  },
  {
    title: "Linear algebra: eigenvectors and SVD exercises",
    kind: "practice",
    path: "formal",
    skills: ["linear-algebra"],
  },
  {
    title: "Churn model: feature engineering",
    kind: "project",
    path: "projects",
    skills: ["python", "sql", "model-selection"],
  },
  {
    title: "Probability for ML, chapter",
    kind: "reading",
    path: "formal",
    skills: ["probability"],
  },
  { title: "SQL window functions practice", kind: "practice", path: "online", skills: ["sql"] },
  {
    title: "AWS SageMaker deployment tutorial",
    kind: "course",
    path: "online",
    skills: ["aws", "model-deployment"],
  },
  {
    title: "CIFAR-10 classifier: training runs",
    kind: "project",
    path: "projects",
    skills: ["pytorch", "hyperparameter-tuning"],
  },
] as const;

/**
 * The demo learner's records: a few months of real-looking progress toward tier 1 and 2, in
 * one transaction that also raises the learner's data revision, as every write of records does.
 */
export async function seedDemoRecords(
  db: Database,
  userId: string,
  timezone: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await writeDemoRecords(tx, userId, timezone);
    await bumpDataRevision(tx, [userId]);
  });
}

async function writeDemoRecords(db: Transaction, userId: string, timezone: string) {
  const today = todayIn(timezone);
  const daysAgo = (n: number) => addDaysTo(today, -n);
  const at = (n: number) => new Date(`${daysAgo(n)}T18:00:00Z`);

  for (const [skill, history] of Object.entries(LEVELS)) {
    await db
      .insert(skillRatings)
      .values({ userId, skillSlug: skill, level: history.at(-1)!, updatedAt: at(10) })
      .onConflictDoNothing();
    await db
      .insert(skillRatingHistory)
      .values(
        history.map((level, i) => ({
          id: demoId(`history:${skill}:${i}`),
          userId,
          skillSlug: skill,
          level,
          changedAt: at(10 + (history.length - 1 - i) * 30),
        })),
      )
      .onConflictDoNothing();
  }

  // About four sessions a week for twelve weeks, deterministic.
  const rows = [];
  for (let day = 0; day < 84; day++) {
    if ((day * 7 + 3) % 9 > 4) continue;
    const s = SESSIONS[day % SESSIONS.length]!;
    rows.push({
      id: demoId(`activity:${day}`),
      userId,
      date: daysAgo(day),
      minutes: 30 + ((day * 37) % 5) * 15,
      kind: s.kind,
      title: s.kind === "course" ? `${s.title} ${12 - Math.floor(day / 7)}` : s.title,
      path: s.path,
      skills: [...s.skills],
      notes: day % 5 === 0 ? "Took notes on what to revisit next week." : null,
      url: s.kind === "course" && s.path === "online" ? "https://course.fast.ai" : null,
      createdAt: at(day),
      updatedAt: at(day),
    });
  }
  await db.insert(activities).values(rows).onConflictDoNothing();
  await rebuildActivityDays(db, userId);

  await db
    .insert(certifications)
    .values([
      {
        id: demoId("cert:aws"),
        userId,
        name: "AWS Certified Machine Learning – Specialty",
        issuer: "Amazon Web Services",
        status: "earned",
        issuedOn: daysAgo(690),
        expiresOn: addDaysTo(today, 40),
        credentialId: "AWS-MLS-0042",
        credentialUrl: "https://aws.amazon.com/certification/",
        skills: ["aws", "model-deployment"],
      },
      {
        id: demoId("cert:tf"),
        userId,
        name: "TensorFlow Developer Certificate",
        issuer: "Google",
        status: "earned",
        issuedOn: daysAgo(1110),
        expiresOn: daysAgo(15),
        skills: ["tensorflow"],
      },
      {
        id: demoId("cert:gcp"),
        userId,
        name: "Professional Machine Learning Engineer",
        issuer: "Google Cloud",
        status: "planned",
        skills: ["gcp"],
      },
    ])
    .onConflictDoNothing();

  await db
    .insert(projects)
    .values([
      {
        id: demoId("project:churn"),
        userId,
        title: "Customer churn prediction",
        summary:
          "Gradient-boosted model on a telecom dataset, with a model card and a small FastAPI service.",
        repoUrl: "https://github.com/example/churn-prediction",
        status: "shipped",
        skills: ["python", "sql", "model-selection"],
      },
      {
        id: demoId("project:cifar"),
        userId,
        title: "CIFAR-10 image classifier in PyTorch",
        summary: "ResNet-18 from scratch; comparing augmentation and learning-rate schedules.",
        repoUrl: "https://github.com/example/cifar10-pytorch",
        status: "building",
        skills: ["pytorch", "hyperparameter-tuning"],
      },
      {
        id: demoId("project:audit"),
        userId,
        title: "Fairness audit of a credit-scoring model",
        status: "idea",
        track: "responsible-ai",
        skills: ["fairness", "interpretability"],
      },
    ])
    .onConflictDoNothing();

  await db
    .insert(papers)
    .values([
      {
        id: demoId("paper:attention"),
        userId,
        title: "Attention Is All You Need",
        url: "https://arxiv.org/abs/1706.03762",
        status: "read",
        readOn: daysAgo(60),
        topic: null,
        notes: "Re-derive the scaled dot-product attention by hand.",
      },
      {
        id: demoId("paper:resnet"),
        userId,
        title: "Deep Residual Learning for Image Recognition",
        url: "https://arxiv.org/abs/1512.03385",
        status: "read",
        readOn: daysAgo(25),
        topic: null,
      },
      {
        id: demoId("paper:debt"),
        userId,
        title: "Hidden Technical Debt in Machine Learning Systems",
        status: "reading",
        topic: "mlops",
      },
      {
        id: demoId("paper:modelcards"),
        userId,
        title: "Model Cards for Model Reporting",
        url: "https://arxiv.org/abs/1810.03993",
        status: "to_read",
        topic: "responsible-ai",
      },
    ])
    .onConflictDoNothing();

  await db
    .insert(events)
    .values([
      {
        id: demoId("event:pydata"),
        userId,
        title: "PyData Berlin meetup",
        kind: "meetup",
        date: daysAgo(20),
        url: "https://www.meetup.com/pydata-berlin/",
      },
      {
        id: demoId("event:forum"),
        userId,
        title: "Hugging Face forum: answered three questions on fine-tuning",
        kind: "forum",
        date: daysAgo(9),
      },
      {
        id: demoId("event:talk"),
        userId,
        title: "Lightning talk: what my churn model taught me",
        kind: "talk",
        date: daysAgo(45),
        notes: "Five minutes at the company data guild.",
      },
    ])
    .onConflictDoNothing();
}
