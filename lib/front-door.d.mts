export function openFrontDoor(): void;
export function servedThroughFrontDoor(): boolean;
