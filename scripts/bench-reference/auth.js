import NextAuth from "next-auth";

// The app's session cookie, decoded with the same secret: no adapter, no callbacks but the id.
export const { auth } = NextAuth({
  providers: [],
  session: { strategy: "jwt" },
  trustHost: true,
  callbacks: { session: ({ session, token }) => ({ ...session, user: { id: token.sub } }) },
});
