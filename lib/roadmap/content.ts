/**
 * The AI/ML engineer roadmap, as data. Source: "Mastering the Journey to Become
 * an AI/ML Engineer" (the seed article). Skill slugs and milestone ids are part
 * of the API contract and must never change; a new content version may rename,
 * move, raise targets or retire, and `scripts/db/content-sync.ts` applies it in place.
 */

export const CONTENT_VERSION = 1;

export const SKILL_LEVELS = [
  { level: 0, name: "None", meaning: "Not started." },
  { level: 1, name: "Aware", meaning: "Knows what it is and when it is used." },
  { level: 2, name: "Practicing", meaning: "Uses it with guidance or references." },
  { level: 3, name: "Proficient", meaning: "Uses it independently on real work." },
  { level: 4, name: "Expert", meaning: "Teaches it and makes design decisions with it." },
] as const;

export type SkillAreaContent = {
  slug: string;
  name: string;
  skills: { slug: string; name: string }[];
};

export const SKILL_AREAS: SkillAreaContent[] = [
  {
    slug: "programming",
    name: "Programming",
    skills: [
      { slug: "python", name: "Python" },
      { slug: "r", name: "R" },
      { slug: "java", name: "Java" },
    ],
  },
  {
    slug: "ml-frameworks",
    name: "ML frameworks",
    skills: [
      { slug: "tensorflow", name: "TensorFlow" },
      { slug: "pytorch", name: "PyTorch" },
    ],
  },
  {
    slug: "data",
    name: "Data",
    skills: [
      { slug: "sql", name: "SQL" },
      { slug: "spark", name: "Apache Spark" },
      { slug: "hadoop", name: "Hadoop" },
    ],
  },
  {
    slug: "cloud",
    name: "Cloud",
    skills: [
      { slug: "aws", name: "AWS" },
      { slug: "gcp", name: "Google Cloud" },
      { slug: "azure", name: "Azure" },
    ],
  },
  {
    slug: "mathematics",
    name: "Mathematics",
    skills: [
      { slug: "linear-algebra", name: "Linear algebra" },
      { slug: "calculus", name: "Calculus" },
      { slug: "probability", name: "Probability" },
    ],
  },
  {
    slug: "ml-practice",
    name: "ML practice",
    skills: [
      { slug: "model-selection", name: "Model selection" },
      { slug: "hyperparameter-tuning", name: "Hyperparameter tuning" },
      { slug: "model-deployment", name: "Model deployment" },
      { slug: "ml-cicd", name: "CI/CD for ML" },
      { slug: "model-monitoring", name: "Model monitoring" },
    ],
  },
  {
    slug: "responsible-ai",
    name: "Responsible AI",
    skills: [
      { slug: "fairness", name: "Fairness and bias evaluation" },
      { slug: "interpretability", name: "Interpretability" },
      { slug: "ai-ethics", name: "AI ethics and governance" },
    ],
  },
  {
    slug: "emerging",
    name: "Emerging",
    skills: [
      { slug: "quantum-computing", name: "Quantum computing" },
      { slug: "quantum-ml-frameworks", name: "Quantum ML frameworks" },
      { slug: "neuromorphic-computing", name: "Neuromorphic computing" },
    ],
  },
  {
    slug: "professional",
    name: "Professional",
    skills: [
      { slug: "communication", name: "Communication with non-technical stakeholders" },
      { slug: "teamwork", name: "Cross-functional teamwork" },
      { slug: "networking", name: "Networking" },
      { slug: "continuous-learning", name: "Continuous learning" },
    ],
  },
];

export const LEARNING_PATHS = [
  {
    slug: "formal",
    name: "Formal education",
    summary:
      "University programs in AI and ML: structure and a network, at a cost in time and money.",
  },
  {
    slug: "online",
    name: "Online learning and certification",
    summary:
      "Courses from foundations to specializations, and certifications from major technology companies.",
  },
  {
    slug: "projects",
    name: "Practical projects",
    summary:
      "A portfolio of real problems solved; open-source contributions count as much as credentials.",
  },
] as const;

export const CLOUD_SKILLS = ["aws", "gcp", "azure"] as const;

/** What a milestone asks for; the evaluator (issue: career tiers) reads these. */
export type MilestoneCriteria =
  | { kind: "skill"; anyOf: string[]; level: number }
  | { kind: "hours"; hours: number }
  | {
      kind: "projects";
      count: number;
      statuses: ("building" | "shipped")[];
      withRepo?: boolean;
      openSource?: boolean;
      track?: string;
    }
  | { kind: "certifications"; count: number; skillsAnyOf?: string[] }
  | { kind: "papers"; count: number; topic?: string }
  | { kind: "events"; count: number }
  | { kind: "attested" };

export type MilestoneContent = {
  /** Stable for ever: attestations and verifications hang on it. */
  id: string;
  tier: number;
  track: string | null;
  title: string;
  criteria: MilestoneCriteria;
};

export type TierContent = { number: number; name: string; context: string };

export const TIERS: TierContent[] = [
  {
    number: 1,
    name: "Foundations",
    context: "Building the foundation: programming, mathematics and a first project.",
  },
  {
    number: 2,
    name: "Entry-level ML engineer",
    context: "Entry-level positions typically start at $109,000–$131,000 a year.",
  },
  {
    number: 3,
    name: "Experienced ML engineer",
    context: "Experienced professionals at top companies command packages up to $250,000 or more.",
  },
  {
    number: 4,
    name: "Specialist",
    context: "Emerging specializations: MLOps, Responsible AI, Quantum ML.",
  },
];

export type TrackContent = { slug: string; name: string; summary: string };

export const TRACKS: TrackContent[] = [
  {
    slug: "mlops",
    name: "MLOps engineer",
    summary: "The operational side of machine learning systems.",
  },
  {
    slug: "responsible-ai",
    name: "Responsible AI specialist",
    summary: "Making sure AI systems are ethical and unbiased.",
  },
  {
    slug: "quantum-ml",
    name: "Quantum ML researcher",
    summary: "Pushing the boundaries of quantum computing and machine learning.",
  },
];

const skill = (anyOf: string[], level: number): MilestoneCriteria => ({
  kind: "skill",
  anyOf,
  level,
});
const cloud = [...CLOUD_SKILLS];

export const MILESTONES: MilestoneContent[] = [
  // Tier 1 — Foundations
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000101",
    tier: 1,
    track: null,
    title: "Python at practicing level",
    criteria: skill(["python"], 2),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000102",
    tier: 1,
    track: null,
    title: "Linear algebra at practicing level",
    criteria: skill(["linear-algebra"], 2),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000103",
    tier: 1,
    track: null,
    title: "Calculus at practicing level",
    criteria: skill(["calculus"], 2),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000104",
    tier: 1,
    track: null,
    title: "Probability at practicing level",
    criteria: skill(["probability"], 2),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000105",
    tier: 1,
    track: null,
    title: "SQL awareness",
    criteria: skill(["sql"], 1),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000106",
    tier: 1,
    track: null,
    title: "20 hours of study logged",
    criteria: { kind: "hours", hours: 20 },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000107",
    tier: 1,
    track: null,
    title: "A portfolio project started",
    criteria: { kind: "projects", count: 1, statuses: ["building", "shipped"] },
  },
  // Tier 2 — Entry-level ML engineer
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000201",
    tier: 2,
    track: null,
    title: "Python at proficient level",
    criteria: skill(["python"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000202",
    tier: 2,
    track: null,
    title: "PyTorch or TensorFlow at proficient level",
    criteria: skill(["pytorch", "tensorflow"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000203",
    tier: 2,
    track: null,
    title: "SQL at practicing level",
    criteria: skill(["sql"], 2),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000204",
    tier: 2,
    track: null,
    title: "One cloud platform at practicing level",
    criteria: skill(cloud, 2),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000205",
    tier: 2,
    track: null,
    title: "Linear algebra at proficient level",
    criteria: skill(["linear-algebra"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000206",
    tier: 2,
    track: null,
    title: "Probability at proficient level",
    criteria: skill(["probability"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000207",
    tier: 2,
    track: null,
    title: "2 shipped projects with a repository",
    criteria: { kind: "projects", count: 2, statuses: ["shipped"], withRepo: true },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000208",
    tier: 2,
    track: null,
    title: "1 earned certification",
    criteria: { kind: "certifications", count: 1 },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000209",
    tier: 2,
    track: null,
    title: "150 hours of study logged",
    criteria: { kind: "hours", hours: 150 },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000210",
    tier: 2,
    track: null,
    title: "Explained a project to a non-technical audience",
    criteria: { kind: "attested" },
  },
  // Tier 3 — Experienced ML engineer
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000301",
    tier: 3,
    track: null,
    title: "Python at expert level",
    criteria: skill(["python"], 4),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000302",
    tier: 3,
    track: null,
    title: "PyTorch or TensorFlow at expert level",
    criteria: skill(["pytorch", "tensorflow"], 4),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000303",
    tier: 3,
    track: null,
    title: "Spark or Hadoop at proficient level",
    criteria: skill(["spark", "hadoop"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000304",
    tier: 3,
    track: null,
    title: "One cloud platform at proficient level",
    criteria: skill(cloud, 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000305",
    tier: 3,
    track: null,
    title: "4 shipped projects",
    criteria: { kind: "projects", count: 4, statuses: ["shipped"] },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000306",
    tier: 3,
    track: null,
    title: "An open-source contribution shipped",
    criteria: { kind: "projects", count: 1, statuses: ["shipped"], openSource: true },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000307",
    tier: 3,
    track: null,
    title: "2 earned certifications",
    criteria: { kind: "certifications", count: 2 },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000308",
    tier: 3,
    track: null,
    title: "24 papers read",
    criteria: { kind: "papers", count: 24 },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000309",
    tier: 3,
    track: null,
    title: "6 events attended",
    criteria: { kind: "events", count: 6 },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000310",
    tier: 3,
    track: null,
    title: "500 hours of study logged",
    criteria: { kind: "hours", hours: 500 },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000311",
    tier: 3,
    track: null,
    title: "Worked in a cross-functional team",
    criteria: { kind: "attested" },
  },
  // Tier 4 — MLOps engineer
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000401",
    tier: 4,
    track: "mlops",
    title: "One cloud platform at expert level",
    criteria: skill(cloud, 4),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000402",
    tier: 4,
    track: "mlops",
    title: "Model deployment at proficient level",
    criteria: skill(["model-deployment"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000403",
    tier: 4,
    track: "mlops",
    title: "CI/CD for ML at proficient level",
    criteria: skill(["ml-cicd"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000404",
    tier: 4,
    track: "mlops",
    title: "Model monitoring at proficient level",
    criteria: skill(["model-monitoring"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000405",
    tier: 4,
    track: "mlops",
    title: "A shipped MLOps project",
    criteria: { kind: "projects", count: 1, statuses: ["shipped"], track: "mlops" },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000406",
    tier: 4,
    track: "mlops",
    title: "A cloud certification",
    criteria: { kind: "certifications", count: 1, skillsAnyOf: cloud },
  },
  // Tier 4 — Responsible AI specialist
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000411",
    tier: 4,
    track: "responsible-ai",
    title: "Fairness and bias evaluation at proficient level",
    criteria: skill(["fairness"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000412",
    tier: 4,
    track: "responsible-ai",
    title: "Interpretability at proficient level",
    criteria: skill(["interpretability"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000413",
    tier: 4,
    track: "responsible-ai",
    title: "AI ethics and governance at proficient level",
    criteria: skill(["ai-ethics"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000414",
    tier: 4,
    track: "responsible-ai",
    title: "A shipped model-audit project",
    criteria: { kind: "projects", count: 1, statuses: ["shipped"], track: "responsible-ai" },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000415",
    tier: 4,
    track: "responsible-ai",
    title: "10 papers on responsible AI read",
    criteria: { kind: "papers", count: 10, topic: "responsible-ai" },
  },
  // Tier 4 — Quantum ML researcher
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000421",
    tier: 4,
    track: "quantum-ml",
    title: "Quantum computing at proficient level",
    criteria: skill(["quantum-computing"], 3),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000422",
    tier: 4,
    track: "quantum-ml",
    title: "Linear algebra at expert level",
    criteria: skill(["linear-algebra"], 4),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000423",
    tier: 4,
    track: "quantum-ml",
    title: "Quantum ML frameworks at practicing level",
    criteria: skill(["quantum-ml-frameworks"], 2),
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000424",
    tier: 4,
    track: "quantum-ml",
    title: "12 papers read",
    criteria: { kind: "papers", count: 12, topic: "quantum-ml" },
  },
  {
    id: "0b8f6a52-0001-4c1e-9a01-000000000425",
    tier: 4,
    track: "quantum-ml",
    title: "A shipped quantum project",
    criteria: { kind: "projects", count: 1, statuses: ["shipped"], track: "quantum-ml" },
  },
];

export const ROADMAP = {
  version: CONTENT_VERSION,
  skillAreas: SKILL_AREAS,
  tiers: TIERS,
  tracks: TRACKS,
  milestones: MILESTONES,
};
export type RoadmapContent = typeof ROADMAP;
