import { openApiDocument } from "@/lib/api/openapi";
console.log(JSON.stringify(openApiDocument(), null, 1));
