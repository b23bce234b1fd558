// The budget's reference (issue: "a bare Next 16 page that checks the Auth.js session and runs
// one indexed query"), built and served by scripts/bench/ beside the app, so that every run
// measures the machine it ran on. Not part of the product.
const nextConfig = {};
export default nextConfig;
