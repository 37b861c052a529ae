/**
 * Flags the bot puts in an activity's channelData for our own chat page and widget (public/chat.js,
 * public/widget.js). The local Direct Line keeps these when it trims what it stores.
 */
export const FORGOTTEN_FLAG = 'signpostForgotten';
