export const FRONT_DOOR_HEADER: string;
export function openFrontDoor(): string;
export function cameThroughFrontDoor(headerValue: string | null | undefined): boolean;
