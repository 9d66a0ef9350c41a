/** The name of the service this process is (producer of its events, name of its consumers). */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
