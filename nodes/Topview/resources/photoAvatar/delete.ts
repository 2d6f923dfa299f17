import { customAvatarDelete } from '../../shared/customAvatarDelete';

export const photoAvatarDelete = customAvatarDelete({
	resource: 'photoAvatar',
	parameter: 'aiAvatarId',
	description: 'The custom avatar to delete, e.g. one made by Create Custom Avatar. Public templates cannot be deleted.',
	placeholder: 'e.g. 45b3819812034602b7395eea075b6cf4',
	emptyMessage: 'Custom Avatar is empty: pick a custom avatar from the list or enter its ID',
});
